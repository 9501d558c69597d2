#!/usr/bin/env bash
# Install everything, then analyse the built-in sample article (actors, events, techniques).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/dyadwatch analyze sample "$@"
