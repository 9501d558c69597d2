"""Layered configuration: packaged defaults < user TOML < DYADWATCH_* env vars < CLI overrides.

A configuration is a plain nested dict `{section: {key: value}}`. Only keys that exist in the
packaged defaults are accepted, so a typo fails when the configuration is loaded, with the
list of valid keys, instead of being silently ignored.
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENV_PREFIX = "DYADWATCH_"
Config = dict[str, dict[str, Any]]


def default_config() -> Config:
    text = resources.files("dyadwatch").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def user_config_path(environ: Mapping[str, str] | None = None) -> Path | None:
    env = os.environ if environ is None else environ
    if env.get("DYADWATCH_CONFIG"):
        return Path(env["DYADWATCH_CONFIG"])
    home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    path = home / "dyadwatch" / "config.toml"
    return path if path.exists() else None


def load_config(
    *,
    path: str | Path | None = None,
    overrides: list[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Build the effective configuration from all four layers and validate it."""
    config = default_config()
    env = os.environ if environ is None else environ
    file_path = Path(path) if path else user_config_path(env)
    if file_path is not None:
        merge(config, read_toml(file_path), origin=str(file_path))
    for name, raw in sorted(env.items()):
        if not name.startswith(ENV_PREFIX) or name == "DYADWATCH_CONFIG" or "__" not in name:
            continue
        section, key = name[len(ENV_PREFIX):].lower().split("__", 1)
        merge(config, {section: {key: parse_value(raw)}}, origin=f"environment variable {name}")
    for item in overrides or []:
        dotted, sep, raw = item.partition("=")
        section, dot, key = dotted.strip().partition(".")
        if not sep or not dot:
            raise ConfigError(f"override {item!r} is not of the form section.key=value")
        merge(config, {section: {key: parse_value(raw)}}, origin=f"--set {item}")
    return config


def read_toml(path: Path) -> Config:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as e:
        raise ConfigError(f"config file {path} does not exist; check the path") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"config file {path} is not valid TOML: {e}") from e


def parse_value(raw: str) -> Any:
    """Read an env/CLI value as a TOML scalar or array; anything else stays a string."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def merge(config: Config, layer: dict[str, Any], *, origin: str) -> None:
    """Overlay `layer` on `config` in place, refusing unknown sections, keys and types."""
    for section, values in layer.items():
        if section not in config:
            raise ConfigError(
                f"unknown config section [{section}] in {origin}; "
                f"valid sections: {', '.join(sorted(config))}"
            )
        if not isinstance(values, dict):
            raise ConfigError(f"[{section}] in {origin} must be a table of keys")
        for key, value in values.items():
            if key not in config[section]:
                raise ConfigError(
                    f"unknown key {section}.{key} in {origin}; "
                    f"valid keys: {', '.join(sorted(config[section]))}"
                )
            config[section][key] = _coerce(config[section][key], value, f"{section}.{key}", origin)


def _coerce(default: Any, value: Any, name: str, origin: str) -> Any:
    if isinstance(default, bool) or default is None:
        ok = isinstance(value, bool) or default is None
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ConfigError(
            f"{name} in {origin} must be {type(default).__name__}, got {value!r}"
        )
    return copy.deepcopy(value)
