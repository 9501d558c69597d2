import pytest

from dyadwatch.config import default_config, load_config
from dyadwatch.errors import ConfigError


def test_defaults_load():
    config = default_config()
    assert config["pipeline"]["stages"][0] == "nlp.parse"
    assert config["ingest"]["timeout"] > 0


def test_layers_in_order(tmp_path):
    user = tmp_path / "c.toml"
    user.write_text('[ingest]\ntimeout = 7\nmax_redirects = 2\n[rhetoric]\nthreshold = 0.4\n')
    env = {"DYADWATCH_INGEST__TIMEOUT": "9", "DYADWATCH_RHETORIC__THRESHOLD": "0.3",
           "UNRELATED": "1"}
    config = load_config(path=user, environ=env, overrides=["rhetoric.threshold=0.2"])
    assert config["ingest"]["timeout"] == 9.0          # env beats file
    assert config["ingest"]["max_redirects"] == 2      # file beats defaults
    assert config["rhetoric"]["threshold"] == 0.2      # CLI beats env
    assert isinstance(config["ingest"]["timeout"], float)


def test_user_config_from_env_var(tmp_path):
    user = tmp_path / "c.toml"
    user.write_text('[nlp]\nmax_chars = 5\n')
    config = load_config(environ={"DYADWATCH_CONFIG": str(user)})
    assert config["nlp"]["max_chars"] == 5


def test_no_user_file_means_defaults(tmp_path):
    config = load_config(environ={"XDG_CONFIG_HOME": str(tmp_path)})
    assert config == default_config()


def test_list_values_from_cli():
    config = load_config(environ={}, overrides=['pipeline.stages=["nlp.parse"]'])
    assert config["pipeline"]["stages"] == ["nlp.parse"]


@pytest.mark.parametrize("override, message", [
    ("ingest.timeoutt=3", "unknown key ingest.timeoutt"),
    ("ingets.timeout=3", "unknown config section"),
    ("ingest.timeout=fast", "must be float"),
    ("ingest.max_redirects=1.5", "must be int"),
    ("timeout=3", "section.key=value"),
])
def test_bad_overrides_fail_early(override, message):
    with pytest.raises(ConfigError, match=message):
        load_config(environ={}, overrides=[override])


def test_bad_toml_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[ingest\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path=bad, environ={})
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(path=tmp_path / "missing.toml", environ={})
