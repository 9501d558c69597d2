"""Persuasion techniques (SemEval-2020 Task 11): definitions, detector, training, file I/O."""
