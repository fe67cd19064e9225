"""The test install must hold every runtime pin: CI installs only requirements/test.txt."""

import re
from pathlib import Path

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements"
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==(\S+)", re.MULTILINE)


def pins(name):
    text = (REQUIREMENTS / name).read_text(encoding="utf-8")
    return {package.lower(): version for package, version in PIN.findall(text)}


def test_every_runtime_pin_is_in_the_test_requirements_with_the_same_version():
    runtime = pins("base.txt")
    test = pins("test.txt")
    assert runtime, "base.txt has no pins"
    missing = sorted(set(runtime) - set(test))
    assert missing == [], f"in base.txt but not in test.txt: {missing}"
    differing = sorted(p for p in runtime if test[p] != runtime[p])
    assert differing == [], f"different versions in base.txt and test.txt: {differing}"
