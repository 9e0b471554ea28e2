# Configuration handling as a small service does it: defaults merged with
# a JSON document, validation into dataclasses, round-tripping through
# json.dumps with indent and sort_keys, a custom encoder for a dataclass
# and an enum, and a decoding error reported with its position.
import json
from dataclasses import asdict, dataclass, field
from enum import Enum


class Level(Enum):
    DEBUG = "debug"
    INFO = "info"


@dataclass
class Server:
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 4


@dataclass
class Config:
    name: str
    level: Level = Level.INFO
    server: Server = field(default_factory=Server)
    tags: list = field(default_factory=list)


DEFAULTS = {"name": "svc", "level": "info", "server": {"port": 8080}, "tags": []}
DOC = '{"name": "crawler", "level": "debug", "server": {"workers": 16, "host": "0.0.0.0"}, "tags": ["io", "threads"]}'


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load(text):
    raw = merge(DEFAULTS, json.loads(text))
    return Config(raw["name"], Level(raw["level"]), Server(**raw["server"]), raw["tags"])


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum):
            return o.value
        return super().default(o)


cfg = load(DOC)
print(cfg)
text = json.dumps(asdict(cfg), cls=Encoder, indent=2, sort_keys=True)
print(text)
print(load(text) == cfg)
print(json.dumps({"a": [1, 2.5, None, True], "é": "ü"}), json.dumps({"é": 1}, ensure_ascii=False))
print(json.dumps([1, {"b": 2}], separators=(",", ":")), json.loads("[1e3, -0.5, \"\\u00e9\"]"))
try:
    json.loads('{"name": "x", "level": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
