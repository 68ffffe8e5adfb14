"""Progress bars: every item passes through; nothing is printed when quiet or not on a terminal."""

import io

import pytest

from ctnet.errors import InvalidParameterError
from ctnet.progress import progress, progress_enabled


class _Tty(io.StringIO):
    """A text stream that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


def _gen(n):
    yield from range(n)


def test_yields_every_item_in_order_from_a_generator():
    assert list(progress(_gen(1000), desc="x", quiet=True)) == list(range(1000))


def test_not_a_terminal_prints_nothing(capsys):
    out = io.StringIO()
    assert list(progress(range(50), desc="reading", file=out)) == list(range(50))
    assert out.getvalue() == ""
    # default stream: pytest's captured stderr is not a terminal
    assert list(progress(range(5), desc="reading")) == [0, 1, 2, 3, 4]
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_quiet_on_a_terminal_prints_nothing():
    tty = _Tty()
    assert progress_enabled(file=tty) is True
    assert progress_enabled(quiet=True, file=tty) is False
    assert list(progress(range(10), desc="x", quiet=True, file=tty)) == list(range(10))
    assert tty.getvalue() == ""


def test_terminal_draws_a_bar_after_the_delay(monkeypatch):
    import time

    tty = _Tty()

    def slow():
        for i in range(3):
            time.sleep(0.6)
            yield i

    assert list(progress(slow(), desc="extracting", total=3, file=tty)) == [0, 1, 2]
    assert "extracting" in tty.getvalue()


def test_closed_stream_is_not_a_terminal():
    s = io.StringIO()
    s.close()
    assert progress_enabled(file=s) is False


@pytest.mark.parametrize("kw", [{"desc": 3}, {"desc": "x", "total": -1}, {"desc": "x", "total": 1.5}])
def test_bad_options(kw):
    with pytest.raises(InvalidParameterError, match="parameter of progress"):
        progress([1], **kw)
