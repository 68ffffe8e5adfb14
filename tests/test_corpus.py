"""Reading corpora: formats, ids, metadata, titles, dates, encodings, HTML, bad input, large input."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest

from ctnet.corpus import (
    Corpus,
    Document,
    ReadLog,
    detect_date,
    detect_title,
    html_to_text,
    iter_documents,
    parse_date,
    read_corpus,
)
from ctnet.errors import CorpusError, InputError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = Path(__file__).resolve().parent / "data" / "eval" / "dev"

D = dt.date


def write(p: Path, text: str | bytes, encoding: str = "utf-8") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_bytes(text.encode(encoding))
    return p


def jsonl(p: Path, rows: list[dict]) -> Path:
    return write(p, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


# ---------------------------------------------------------------------------
# the seed releases: titles and dates as a reader would state them
# ---------------------------------------------------------------------------

SEED_EXPECTED = {
    "000": ("UNODC Facilitates the Exchange of Good Practices between Kenya, Mozambique and South Africa "
            "to Develop Counter-Terrorism Strategies", "2023-03", "month"),
    "001": ("Government Of Mozambique Officials Learn From Kenya On Whole Of Society Approach To Violent "
            "Extremism", "2019-07-22", "day"),
    "003": ("Enhancing capacities of Member States in North Africa and the Sahel region to counter terrorism",
            "2022-05-13", "day"),
    "004": ("IOM and the German Cooperation support the Government of Mozambique to improve community "
            "safety and strengthen border security in Northern Mozambique", "2022-10-28", "day"),
}


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return read_corpus(SEEDS)


def test_seed_ids_are_file_stems_in_name_order(seeds):
    assert seeds.ids == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(isinstance(i, str) for i in seeds.ids)
    assert seeds.warnings == []
    assert [p.name for p in seeds.files] == sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTED))
def test_seed_titles_and_dates(seeds, prefix):
    doc = next(d for d in seeds if d.id.startswith(prefix))
    title, iso, precision = SEED_EXPECTED[prefix]
    assert doc.title == title
    assert doc.date_iso == iso
    assert doc.date_precision == precision


def test_seed_002_has_no_release_date_in_its_head(seeds):
    # its only month-or-better date, "established in June 2017", is background far down the text,
    # and "resolution 2395 (2017)" or "in 2016" are bare years: no date is better than a wrong one
    doc = next(d for d in seeds if d.id.startswith("002"))
    assert doc.date is None and doc.date_precision is None and doc.date_iso == ""
    assert doc.title.startswith("Mr. Vladimir Voronkov, Under-Secretary-General")
    assert doc.title.endswith("…") and len(doc.title) <= 161


def test_seed_text_is_the_file_text(seeds):
    for doc in seeds:
        raw = (SEEDS / f"{doc.id}.txt").read_text(encoding="utf-8")
        assert doc.text == raw
        assert doc.source == str(SEEDS / f"{doc.id}.txt")


# ---------------------------------------------------------------------------
# the metadata sidecar
# ---------------------------------------------------------------------------

def test_dev_docs_take_metadata_from_the_parent_sidecar():
    corpus = read_corpus(DEV / "docs")
    rows = [json.loads(line) for line in (DEV / "meta.jsonl").read_text().splitlines()]
    meta = {m["id"]: m for m in rows}
    assert DEV / "meta.jsonl" in corpus.files
    for doc in corpus:
        m = meta[doc.id]
        assert doc.url == m["url"] and doc.publisher == m["publisher"]
        if m.get("title"):
            assert doc.title == m["title"]
        if m.get("date"):
            assert doc.date_iso == m["date"]
    by_id = {d.id: d for d in corpus}
    assert by_id["012"].date_iso == "2018" and by_id["012"].date_precision == "year"
    # an empty sidecar title falls back to detection
    assert by_id["012"].title.startswith("This week Nigeria marked")
    # a null sidecar date falls back to detection: "From 3 to 5 March 2014"
    assert by_id["021"].date_iso == "2014-03-03"


def test_sidecar_in_the_folder_and_explicit_meta(tmp_path):
    write(tmp_path / "c" / "a.txt", "A long enough title here\n\nUNODC met Kenya on 13 May 2022.")
    write(tmp_path / "c" / "b.txt", "Another title for release b\n\nIOM.")
    jsonl(tmp_path / "c" / "meta.jsonl", [
        {"id": "a", "title": "Given title", "date": "2021-01-02", "publisher": "UNODC", "lang": "en"},
        {"id": "zzz", "title": "nobody"},
    ])
    corpus = read_corpus(tmp_path / "c")
    assert corpus.ids == ["a", "b"]  # the sidecar is not a document
    a = corpus[0]
    assert (a.title, a.date_iso, a.publisher, a.meta) == ("Given title", "2021-01-02", "UNODC", {"lang": "en"})
    assert corpus[1].title == "Another title for release b"
    assert any("1 metadata sidecar row match no document" in w and "'zzz'" in w for w in corpus.warnings)
    # meta= points anywhere (CSV too) and wins over the folder's own sidecar
    write(tmp_path / "other.csv", "id,date,url\nb,March 2020,http://x.org/b\n")
    corpus = read_corpus(tmp_path / "c", meta=tmp_path / "other.csv")
    assert corpus[1].date_iso == "2020-03" and corpus[1].url == "http://x.org/b"
    assert corpus[0].title == "A long enough title here" and corpus[0].date_iso == "2022-05-13"


def test_sidecar_problems(tmp_path):
    write(tmp_path / "c" / "a.txt", "Title of a\n\ntext")
    jsonl(tmp_path / "c" / "meta.jsonl", [{"id": "a"}, {"id": "a"}])
    with pytest.raises(CorpusError, match=r"meta.jsonl: duplicate id 'a' on lines 1 and 2"):
        read_corpus(tmp_path / "c")
    write(tmp_path / "c" / "meta.csv", "id\na\n")
    with pytest.raises(CorpusError, match="both meta.jsonl and meta.csv"):
        read_corpus(tmp_path / "c")
    with pytest.raises(CorpusError, match="no such metadata file"):
        read_corpus(tmp_path / "c" / "a.txt", meta=tmp_path / "nope.jsonl")


# ---------------------------------------------------------------------------
# path problems
# ---------------------------------------------------------------------------

def test_missing_path(tmp_path):
    with pytest.raises(CorpusError, match=r"nope: no such file or folder; check the path"):
        read_corpus(tmp_path / "nope")


def test_errors_are_ctnet_input_errors_and_value_errors(tmp_path):
    with pytest.raises(InputError):
        read_corpus(tmp_path / "nope")
    with pytest.raises(ValueError):
        read_corpus(tmp_path / "nope")


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="holds no .txt, .md, .html or .htm files"):
        read_corpus(tmp_path / "empty")


def test_folder_with_only_other_files_names_them(tmp_path):
    write(tmp_path / "c" / "data.pdf", b"%PDF-1.4")
    (tmp_path / "c" / "sub").mkdir()
    write(tmp_path / "c" / ".hidden.txt", "ignored silently")
    with pytest.raises(CorpusError) as e:
        read_corpus(tmp_path / "c")
    assert "holds no .txt" in str(e.value)


def test_other_files_and_subfolders_are_ignored_with_a_warning(tmp_path):
    write(tmp_path / "c" / "a.txt", "Title of a\n\nUNODC")
    write(tmp_path / "c" / "data.jsonl", '{"text": "x"}\n')
    (tmp_path / "c" / "2019").mkdir()
    write(tmp_path / "c" / "2019" / "b.txt", "Title b\n\nIOM")
    corpus = read_corpus(tmp_path / "c")
    assert corpus.ids == ["a"]  # not recursive
    assert corpus.warnings == ["ignored 2 files that are not .txt/.md/.html/.htm (2019/, data.jsonl); "
                               "give .jsonl/.csv tables as INPUT themselves"]


def test_unsupported_single_file(tmp_path):
    with pytest.raises(CorpusError, match=r"not '\.pdf'"):
        read_corpus(write(tmp_path / "x.pdf", b"%PDF-1.4"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_names_the_file_and_the_fix(tmp_path):
    p = write(tmp_path / "c" / "a.txt", "Title\n\ntext")
    p.chmod(0)
    try:
        with pytest.raises(CorpusError, match=r"a\.txt: permission denied; make the file readable"):
            read_corpus(tmp_path / "c")
    finally:
        p.chmod(0o644)


def test_unreadable_file_message_even_as_root(tmp_path, monkeypatch):
    import ctnet.corpus as corpus_module

    p = write(tmp_path / "c" / "a.txt", "Title\n\ntext")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(corpus_module, "open", denied, raising=False)
    with pytest.raises(CorpusError) as e:
        read_corpus(tmp_path / "c")
    assert str(e.value) == (f"{p}: permission denied; make the file readable (chmod u+r) "
                            "or move it out of the corpus.")


def test_duplicate_stems_in_a_folder(tmp_path):
    write(tmp_path / "c" / "a.txt", "Title a\n\nx")
    write(tmp_path / "c" / "a.md", "# Title a\n\nx")
    with pytest.raises(CorpusError) as e:
        read_corpus(tmp_path / "c")
    assert "a.md" in str(e.value) and "a.txt" in str(e.value) and "'a'" in str(e.value)


# ---------------------------------------------------------------------------
# file problems: empty, binary, encodings, BOM, CRLF
# ---------------------------------------------------------------------------

def test_empty_and_whitespace_files_are_skipped_with_one_counting_warning(tmp_path):
    write(tmp_path / "c" / "a.txt", "")
    write(tmp_path / "c" / "b.txt", "  \n\t\r\n")
    write(tmp_path / "c" / "c.txt", "Title of c\n\nUNODC met Kenya.")
    corpus = read_corpus(tmp_path / "c")
    assert corpus.ids == ["c"]
    assert corpus.warnings == ["skipped 2 empty or whitespace-only files (a.txt, b.txt)"]


def test_nothing_usable_left_is_an_error(tmp_path):
    write(tmp_path / "c" / "a.txt", "")
    write(tmp_path / "c" / "b.txt", b"%PDF-1.7 binary")
    with pytest.raises(CorpusError) as e:
        read_corpus(tmp_path / "c")
    msg = str(e.value)
    assert "no usable release" in msg and "1 empty" in msg and "1 binary" in msg
    assert "\n" not in msg


@pytest.mark.parametrize("payload,kind", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
    (b"some text\x00\x00\x01binary", "NUL bytes"),
])
def test_binary_files_with_a_text_extension_are_skipped(tmp_path, payload, kind):
    write(tmp_path / "c" / "bad.txt", payload)
    write(tmp_path / "c" / "good.txt", "Good title here\n\nUNODC")
    corpus = read_corpus(tmp_path / "c")
    assert corpus.ids == ["good"]
    assert corpus.warnings == [f"skipped 1 binary file with a text extension (bad.txt: {kind}); "
                               "convert them to text first"]


def test_binary_table_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="binary file \\(zip\\)"):
        read_corpus(write(tmp_path / "t.csv", b"PK\x03\x04\x14\x00"))


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    text = "Côte d’Ivoire – “UNODC” €5 support\n\nThe Government of Côte d’Ivoire met UNODC."
    p = write(tmp_path / "c" / "ci.txt", text, encoding="cp1252")
    corpus = read_corpus(tmp_path / "c")
    assert corpus[0].text == text  # not garbled
    assert corpus.warnings == [f"{p}: not valid UTF-8; decoded as cp1252 (pass encoding=... if that is wrong, "
                               "or re-save the file as UTF-8)"]


def test_latin1_when_not_cp1252_with_a_warning(tmp_path):
    # 0x81 and 0x8d are undefined in cp1252: only latin-1 reads these bytes
    data = "Título: Moçambique\n\nA reunião".encode("latin-1") + b" \x81\x8d"
    p = write(tmp_path / "pt.txt", data)
    corpus = read_corpus(p)
    assert corpus[0].text == data.decode("latin-1")
    assert len(corpus.warnings) == 1 and "decoded as latin-1" in corpus.warnings[0] and str(p) in corpus.warnings[0]


def test_explicit_encoding(tmp_path):
    p = write(tmp_path / "a.txt", "Título de la nota\n\nEl Gobierno de España", encoding="latin-1")
    corpus = read_corpus(p, encoding="latin-1")
    assert corpus.warnings == [] and corpus[0].title == "Título de la nota"
    with pytest.raises(CorpusError, match="cannot decode as utf-8"):
        read_corpus(p, encoding="utf-8")


def test_jsonl_in_cp1252_is_decoded_with_a_warning(tmp_path):
    p = write(tmp_path / "t.jsonl", json.dumps({"id": "1", "text": "Côte d’Ivoire"}, ensure_ascii=False) + "\n",
              encoding="cp1252")
    corpus = read_corpus(p)
    assert corpus[0].text == "Côte d’Ivoire"
    assert "decoded as cp1252" in corpus.warnings[0]


def test_bom_is_dropped(tmp_path):
    p = write(tmp_path / "a.txt", b"\xef\xbb\xbfTitle with BOM\n\nUNODC")
    doc = read_corpus(p)[0]
    assert doc.text == "Title with BOM\n\nUNODC" and doc.title == "Title with BOM"
    q = write(tmp_path / "t.csv", b"\xef\xbb\xbfid,text\n1,Hello UNODC\n")
    assert read_corpus(q)[0].text == "Hello UNODC"
    r = write(tmp_path / "u.txt", "\ufeffUTF-16 title\r\n\r\nIOM".encode("utf-16"))
    doc = read_corpus(r)[0]
    assert doc.text == "UTF-16 title\n\nIOM"


def test_crlf_and_cr_become_lf_before_offsets(tmp_path):
    p = write(tmp_path / "a.txt", b"Title line here\r\n\r\nUNODC met\rIOM in Nairobi.\r\n")
    doc = read_corpus(p)[0]
    assert doc.text == "Title line here\n\nUNODC met\nIOM in Nairobi.\n"
    start = doc.text.index("IOM")
    assert doc.text[start:start + 3] == "IOM" and start == 27
    q = jsonl(tmp_path / "t.jsonl", [{"id": "x", "text": "A\r\nUNODC"}])
    assert read_corpus(q)[0].text == "A\nUNODC"


# ---------------------------------------------------------------------------
# large input
# ---------------------------------------------------------------------------

def test_one_megabyte_single_line(tmp_path):
    line = ("UNODC and the Government of Kenya met in Nairobi on 13 May 2022 to plan " * 20000)[:1_000_000]
    doc = read_corpus(write(tmp_path / "one.txt", line))[0]
    assert len(doc.text) == 1_000_000
    assert doc.title.startswith("UNODC and the Government") and len(doc.title) <= 161
    assert doc.date == D(2022, 5, 13)


def test_one_megabyte_single_line_in_jsonl(tmp_path):
    text = "IOM " * 250_000
    doc = read_corpus(jsonl(tmp_path / "t.jsonl", [{"id": "big", "text": text}]))[0]
    assert doc.text == text


def test_hundred_megabyte_file(tmp_path):
    para = ("On 13 May 2022, UNODC and IOM met officials of Kenya in Nairobi to discuss border security. "
            * 10 + "\n\n")
    n = 100_000_000 // len(para) + 1
    p = tmp_path / "big.txt"
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write("A Hundred Megabytes of Releases\n\n")
        for _ in range(n):
            f.write(para)
    size = p.stat().st_size
    assert size >= 100_000_000
    doc = read_corpus(p)[0]
    assert len(doc.text) == size  # ASCII: one byte per character
    assert doc.title == "A Hundred Megabytes of Releases" and doc.date == D(2022, 5, 13)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>UNODC | Site</title>
<meta charset="utf-8">
<meta property="article:published_time" content="2022-10-28T09:00:00Z">
<meta property="og:site_name" content="UNODC">
<link rel="canonical" href="https://www.unodc.org/x.html">
<style>body { color: red } .UNODC {}</style>
<script>var actors = ["NATO", "</p>"]; document.write("IOM");</script>
</head>
<body>
<noscript>Enable JavaScript for Interpol</noscript>
<template><p>EUROPOL template</p></template>
<h1>UNODC &amp; Kenya   sign a plan</h1>
<p>The United Nations Office on Drugs and Crime (UNODC)<br>met the <b>Government</b> of Kenya.</p>
<ul><li>First</li><li>Second &lt;item&gt;</li></ul>
<script type="text/javascript">alert("Al-Shabaab")</script>
</body></html>"""


def test_html_text_drops_scripts_and_styles():
    text, info = html_to_text(PAGE)
    assert text == ("UNODC & Kenya sign a plan\n\nThe United Nations Office on Drugs and Crime (UNODC)\n"
                    "met the Government of Kenya.\n\nFirst\n\nSecond <item>")
    for hidden in ("NATO", "document.write", "color", "Interpol", "EUROPOL", "Al-Shabaab", "Site"):
        assert hidden not in text
    assert info == {"title": "UNODC & Kenya sign a plan", "date": "2022-10-28T09:00:00Z",
                    "url": "https://www.unodc.org/x.html", "publisher": "UNODC"}


def test_html_file_in_a_folder(tmp_path):
    write(tmp_path / "c" / "page.html", PAGE)
    write(tmp_path / "c" / "plain.htm", "<html><head><title>Only a title</title></head>"
                                         "<body><p>Friday, 13 May 2022</p><p>IOM met UNHCR.</p></body></html>")
    corpus = read_corpus(tmp_path / "c")
    page, plain = corpus
    assert page.id == "page" and page.title == "UNODC & Kenya sign a plan"
    assert page.date_iso == "2022-10-28" and page.publisher == "UNODC" and page.url == "https://www.unodc.org/x.html"
    assert plain.title == "Only a title" and plain.date_iso == "2022-05-13"
    assert "IOM met UNHCR." in plain.text


def test_html_in_cp1252_declared_by_meta_charset(tmp_path):
    page = '<html><head><meta charset="windows-1252"></head><body><p>Côte d’Ivoire title here</p></body></html>'
    doc = read_corpus(write(tmp_path / "a.html", page, encoding="cp1252"))[0]
    assert doc.text == "Côte d’Ivoire title here"


def test_html_with_only_markup_is_empty(tmp_path):
    write(tmp_path / "c" / "a.html", "<html><script>x=1</script><style>p{}</style></html>")
    write(tmp_path / "c" / "b.txt", "Title b here\n\nIOM")
    corpus = read_corpus(tmp_path / "c")
    assert corpus.ids == ["b"] and "skipped 1 empty" in corpus.warnings[0]


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------

def test_jsonl_fields(tmp_path):
    p = jsonl(tmp_path / "t.jsonl", [
        {"id": 7, "text": "Body text of release seven.", "title": "Seven", "date": "2022-10-28",
         "url": "http://x/7", "publisher": "IOM", "lang": "en", "tags": ["a", "b"]},
        {"id": "b", "text": "Nairobi, 18 June 2019 – UNODC and Norway.", "date": None},
    ])
    corpus = read_corpus(p)
    a, b = corpus
    assert a.id == "7" and a.title == "Seven" and a.date == D(2022, 10, 28) and a.date_precision == "day"
    assert (a.url, a.publisher, a.meta) == ("http://x/7", "IOM", {"lang": "en", "tags": ["a", "b"]})
    assert a.source == f"{p}:1"
    assert b.date_iso == "2019-06-18" and b.title == "Nairobi, 18 June 2019 – UNODC and Norway."
    assert corpus.files == [p]


def test_jsonl_without_ids_uses_line_numbers(tmp_path):
    p = write(tmp_path / "t.jsonl", '{"text": "a"}\n\n{"text": "b"}\n')
    assert read_corpus(p).ids == ["1", "3"]


def test_csv_without_ids_uses_data_row_numbers(tmp_path):
    p = write(tmp_path / "t.csv", 'title,text\nA,"two\nlines"\nB,plain\n')
    corpus = read_corpus(p)
    assert corpus.ids == ["1", "2"]
    assert corpus[0].text == "two\nlines" and corpus[1].title == "B"


def test_broken_jsonl_line_names_the_line(tmp_path):
    p = write(tmp_path / "t.jsonl", '{"id": "1", "text": "ok"}\n{"id": "2", "text": "ok"}\n{"id": "3", "text": "hal\n')
    with pytest.raises(CorpusError, match=r"t\.jsonl: line 3 is not valid JSON .*fix or remove that line"):
        read_corpus(p)


def test_jsonl_line_that_is_not_an_object(tmp_path):
    with pytest.raises(CorpusError, match="line 2 is a JSON list, not an object"):
        read_corpus(write(tmp_path / "t.jsonl", '{"text": "a"}\n["b"]\n'))


def test_jsonl_record_without_text(tmp_path):
    with pytest.raises(CorpusError, match=r"line 2 has no 'text' field \(fields found: 'id', 'body'\)"):
        read_corpus(write(tmp_path / "t.jsonl", '{"text": "a"}\n{"id": "x", "body": "b"}\n'))


def test_csv_without_text_column_lists_the_columns(tmp_path):
    p = write(tmp_path / "t.csv", "id,body,date\n1,hello,2020-01-01\n")
    with pytest.raises(CorpusError) as e:
        read_corpus(p)
    assert str(e.value) == (f"{p}: no 'text' column; the columns found are 'id', 'body', 'date'. "
                            "Rename the text column to 'text' or pass text_column=....")
    assert read_corpus(p, text_column="body")[0].text == "hello"


def test_csv_with_semicolons(tmp_path):
    p = write(tmp_path / "t.csv", "id;text\n1;UNODC, IOM and the EU\n")
    assert read_corpus(p)[0].text == "UNODC, IOM and the EU"


def test_csv_row_with_too_many_fields(tmp_path):
    with pytest.raises(CorpusError, match="line 3 has 3 fields but the header has 2"):
        read_corpus(write(tmp_path / "t.csv", "id,text\n1,ok\n2,UNODC, IOM\n"))


def test_custom_id_column(tmp_path):
    p = jsonl(tmp_path / "t.jsonl", [{"doc": "x1", "text": "a"}, {"doc": "x2", "text": "b"}])
    corpus = read_corpus(p, id_column="doc")
    assert corpus.ids == ["x1", "x2"]
    with pytest.raises(CorpusError, match="line 1 has an empty 'id'"):
        read_corpus(jsonl(tmp_path / "u.jsonl", [{"id": "", "text": "a"}]))


@pytest.mark.parametrize("name,content,lines", [
    ("t.jsonl", '{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n{"id": "a", "text": "z"}\n', "1 and 3"),
    ("t.csv", "id,text\na,x\nb,y\na,z\n", "2 and 4"),
])
def test_duplicate_ids_name_the_file_and_both_lines(tmp_path, name, content, lines):
    p = write(tmp_path / name, content)
    with pytest.raises(CorpusError) as e:
        read_corpus(p)
    assert str(e.value) == f"{p}: duplicate id 'a' on lines {lines}; make the ids unique."


def test_empty_rows_are_skipped_with_a_warning(tmp_path):
    p = jsonl(tmp_path / "t.jsonl", [{"id": "a", "text": ""}, {"id": "b", "text": None},
                                     {"id": "c", "text": "UNODC"}])
    corpus = read_corpus(p)
    assert corpus.ids == ["c"]
    assert corpus.warnings == ["skipped 2 rows with empty or whitespace-only text (t.jsonl line 1, t.jsonl line 2)"]


def test_empty_table_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no usable release"):
        read_corpus(write(tmp_path / "t.csv", "id,text\n"))
    with pytest.raises(CorpusError, match="no usable release"):
        read_corpus(write(tmp_path / "t.jsonl", ""))


def test_missing_and_unparseable_dates(tmp_path):
    p = jsonl(tmp_path / "t.jsonl", [
        {"id": "a", "text": "no date in this text", "date": ""},
        {"id": "b", "text": "UNODC on 13 May 2022", "date": "not a date"},
        {"id": "c", "text": "x", "date": "2022-02-30"},
        {"id": "d", "text": "x", "date": 2019},
        {"id": "e", "text": "x", "date": "2020-07"},
        {"id": "f", "text": "x", "date": "28 de outubro de 2022"},
    ])
    corpus = read_corpus(p)
    got = {d.id: (d.date, d.date_precision) for d in corpus}
    assert got == {"a": (None, None), "b": (None, None), "c": (None, None), "d": (D(2019, 1, 1), "year"),
                   "e": (D(2020, 7, 1), "month"), "f": (D(2022, 10, 28), "day")}
    assert corpus.warnings == [f"2 dates could not be read and were left empty ({p}:2: 'not a date', "
                               f"{p}:3: '2022-02-30'); write dates as YYYY-MM-DD"]


# ---------------------------------------------------------------------------
# shards, streaming, read-only
# ---------------------------------------------------------------------------

def test_glob_of_shards(tmp_path):
    jsonl(tmp_path / "s" / "part-1.jsonl", [{"text": "a"}, {"text": "b"}])
    jsonl(tmp_path / "s" / "part-2.jsonl", [{"text": "c"}])
    write(tmp_path / "s" / "part-3.csv", "text\nd\n")
    corpus = read_corpus(tmp_path / "s", glob="part-*")
    assert corpus.ids == ["part-1:1", "part-1:2", "part-2:1", "part-3:1"]
    assert [p.name for p in corpus.files] == ["part-1.jsonl", "part-2.jsonl", "part-3.csv"]
    # the path itself may be the pattern
    assert read_corpus(str(tmp_path / "s" / "*.jsonl")).ids == ["part-1:1", "part-1:2", "part-2:1"]
    with pytest.raises(CorpusError, match="no file matches"):
        read_corpus(tmp_path / "s", glob="*.xml")


def test_duplicate_ids_across_shards(tmp_path):
    jsonl(tmp_path / "s" / "a.jsonl", [{"id": "1", "text": "a"}])
    b = jsonl(tmp_path / "s" / "b.jsonl", [{"id": "2", "text": "b"}, {"id": "1", "text": "c"}])
    with pytest.raises(CorpusError) as e:
        read_corpus(tmp_path / "s", glob="*.jsonl")
    assert str(e.value).startswith(f"{b}: duplicate id '1' on line 2 and in ")
    assert "a.jsonl line 1" in str(e.value)


def test_iter_documents_streams_row_by_row(tmp_path):
    p = write(tmp_path / "t.jsonl", '{"id": "1", "text": "first"}\n{"id": "2", "text": "second"}\n{broken\n')
    it = iter_documents(p)
    assert next(it).text == "first" and next(it).text == "second"
    with pytest.raises(CorpusError, match="line 3"):
        next(it)


def test_iter_documents_fills_a_log(tmp_path):
    write(tmp_path / "c" / "a.txt", "")
    write(tmp_path / "c" / "b.txt", "Title b here\n\nIOM")
    log = ReadLog()
    docs = list(iter_documents(tmp_path / "c", log=log))
    assert [d.id for d in docs] == ["b"]
    assert [p.name for p in log.files] == ["a.txt", "b.txt"]
    assert log.warnings == ["skipped 1 empty or whitespace-only file (a.txt)"]


def test_reading_never_modifies_the_input(tmp_path):
    write(tmp_path / "c" / "a.txt", b"Title a here\r\n\r\nC\xf4te d'Ivoire")
    write(tmp_path / "c" / "b.html", "<p>Title b here</p><script>x</script>")
    jsonl(tmp_path / "c" / "meta.jsonl", [{"id": "a", "date": "bad"}])
    files = sorted((tmp_path / "c").iterdir())
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files}
    for p in files:
        p.chmod(0o444)
    read_corpus(tmp_path / "c")
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files}
    assert before == after and sorted((tmp_path / "c").iterdir()) == files


def test_corpus_slices_keep_files_and_warnings(tmp_path):
    write(tmp_path / "c" / "a.txt", "")
    write(tmp_path / "c" / "b.txt", "Title b here\n\nx")
    write(tmp_path / "c" / "c.txt", "Title c here\n\nx")
    corpus = read_corpus(tmp_path / "c")
    sub = corpus[1:]
    assert isinstance(sub, Corpus) and sub.ids == ["c"] and sub.warnings == corpus.warnings


# ---------------------------------------------------------------------------
# dates and titles
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Maputo 28.10.2022 – The International Organization", (D(2022, 10, 28), "day")),
    ("Friday, 13 May 2022 - 9:00am", (D(2022, 5, 13), "day")),
    ("March 1, 2022\n\nSADC launches", (D(2022, 3, 1), "day")),
    ("Apr 27, 2016", (D(2016, 4, 27), "day")),
    ("Nairobi, 18 June 2019, UNODC and Norway", (D(2019, 6, 18), "day")),
    ("To that end, in March 2023, UNODC conducted", (D(2023, 3, 1), "month")),
    ("From 22 to 26 July 2019, the delegation", (D(2019, 7, 22), "day")),
    ("held during the week 14 - 18 August 2018 a workshop", (D(2018, 8, 14), "day")),
    ("on 31 October – 01 November, 2013 in Abuja", (D(2013, 10, 31), "day")),
    ("from 30 December 2019 to 2 January 2020", (D(2019, 12, 30), "day")),
    ("from 28 December – 3 January 2020", (D(2019, 12, 28), "day")),
    ("Abuja, 14th November 2022 – Last week", (D(2022, 11, 14), "day")),
    ("28th February 2022", (D(2022, 2, 28), "day")),
    ("published 2022-10-28T10:00", (D(2022, 10, 28), "day")),
    ("le 13 mai 2022 à Dakar", (D(2022, 5, 13), "day")),
    ("1er mars 2021", (D(2021, 3, 1), "day")),
    ("Maputo, 28 de outubro de 2022", (D(2022, 10, 28), "day")),
    ("em março de 2023", (D(2023, 3, 1), "month")),
    ("en janvier 2020", (D(2020, 1, 1), "month")),
    ("13/05/2022", (D(2022, 5, 13), "day")),
    ("05/13/2022", (D(2022, 5, 13), "day")),  # day first is impossible: month first
    ("31 February 2022 then 2 March 2022", (D(2022, 2, 1), "month")),  # an impossible day: its month
    ("32.13.2022 then 2 March 2022", (D(2022, 3, 2), "day")),  # an impossible date is skipped
    ("Security Council resolution 2395 (2017)", (None, None)),
    ("since the 2017 attacks, 50,000 people", (None, None)),
    ("we may 2022 be wrong", (None, None)),  # lower-case English month alone is not a date
    ("From 23 to 26 January UNODC organized", (None, None)),  # no year
    ("Title\n2019\n\nText", (D(2019, 1, 1), "year")),  # a year on its own line
    ("Published: 2018\n\nText", (D(2018, 1, 1), "year")),
    ("", (None, None)),
])
def test_detect_date(text, expected):
    assert detect_date(text) == expected


def test_detect_date_reads_only_the_head():
    text = "x" * 5000 + " 13 May 2022"
    assert detect_date(text) == (None, None)
    assert detect_date(text, head=6000) == (D(2022, 5, 13), "day")


@pytest.mark.parametrize("value,expected", [
    ("2022-10-28", (D(2022, 10, 28), "day")),
    ("2022/10/28", (D(2022, 10, 28), "day")),
    ("2022-10-28T09:00:00Z", (D(2022, 10, 28), "day")),
    ("2022-10-28 09:00:00+02:00", (D(2022, 10, 28), "day")),
    ("2022-10", (D(2022, 10, 1), "month")),
    ("2022", (D(2022, 1, 1), "year")),
    (2022, (D(2022, 1, 1), "year")),
    (2022.0, (D(2022, 1, 1), "year")),
    (D(2020, 1, 2), (D(2020, 1, 2), "day")),
    (dt.datetime(2020, 1, 2, 3, 4), (D(2020, 1, 2), "day")),
    ("March 1, 2022", (D(2022, 3, 1), "day")),
    ("2022-13-01", None),
    ("yesterday", None),
    ("", None),
    (None, None),
    (float("nan"), None),
    (True, None),
    ([2020], None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("text,title", [
    ("News\nLocal\n\nIOM and the German Cooperation support Mozambique\n\nGroup photo\n\nMaputo 28.10.2022 – x",
     "IOM and the German Cooperation support Mozambique"),
    ("\nGovernment Of Mozambique Officials Learn From Kenya\n\nPhoto: IOM\n",
     "Government Of Mozambique Officials Learn From Kenya"),
    ("March 1, 2022\n\nSADC launches Regional Counter Terrorism Centre",
     "SADC launches Regional Counter Terrorism Centre"),
    ("Apr 27, 2016\n\nUNDP to support IGAD", "UNDP to support IGAD"),
    ("Home > News > Press releases\nUNODC and Norway support Eastern Africa",
     "UNODC and Norway support Eastern Africa"),
    ("Photo credit: UNODC/John Doe\nBy Jane Smith\nUNODC trains judges in Mali", "UNODC trains judges in Mali"),
    ("© UNODC 2020\nPress release\nUNOCT signs agreement with Kenya", "UNOCT signs agreement with Kenya"),
    ("Kenya\nCounter-Terrorism\nUNODC and Kenya sign a new plan", "UNODC and Kenya sign a new plan"),
    ("Kenya\n\n", "Kenya"),  # a short line is the title when nothing longer follows
    ("   \n\n  ", None),
    ("", None),
])
def test_detect_title(text, title):
    assert detect_title(text) == title


def test_detect_title_clips_paragraphs_and_strips_markdown():
    long = "word " * 100
    t = detect_title(long)
    assert t.endswith("…") and len(t) <= 161 and t.startswith("word word")
    assert detect_title("## **Bold heading** here\ntext", markdown=True) == "Bold heading** here"
    assert detect_title("# Heading\n\ntext", markdown=True) == "Heading"


def test_markdown_file_title(tmp_path):
    doc = read_corpus(write(tmp_path / "a.md", "# UNODC visits the Sahel\n\nText"))[0]
    assert doc.title == "UNODC visits the Sahel" and doc.text == "# UNODC visits the Sahel\n\nText"


def test_document_date_iso_by_precision():
    assert Document("a", "", date=D(2023, 3, 1), date_precision="year").date_iso == "2023"
    assert Document("a", "", date=D(2023, 3, 5), date_precision="day").date_iso == "2023-03-05"
    assert Document("a", "").date_iso == ""


def test_non_string_text_in_jsonl(tmp_path):
    p = write(tmp_path / "t.jsonl", '{"id": "a", "text": 5}\n')
    with pytest.raises(CorpusError) as e:
        read_corpus(p)
    assert str(e.value) == f"{p}: line 1: 'text' is of type int, not a string; store the release text as a string."


def test_markdown_front_matter(tmp_path):
    md = ('---\ntitle: "UNODC and Kenya sign a plan"\ndate: 2022-10-28\npublisher: UNODC\ntags:\n  - a\n---\n'
          "# Heading in the body\n\nUNODC met Kenya.\n")
    doc = read_corpus(write(tmp_path / "a.md", md))[0]
    assert doc.text == "# Heading in the body\n\nUNODC met Kenya.\n"
    assert (doc.title, doc.date_iso, doc.publisher) == ("UNODC and Kenya sign a plan", "2022-10-28", "UNODC")
    # a horizontal rule later in the text is not front matter
    doc = read_corpus(write(tmp_path / "b.md", "Title of b here\n\n---\n\nmore\n"))[0]
    assert doc.text == "Title of b here\n\n---\n\nmore\n" and doc.title == "Title of b here"


@pytest.mark.parametrize("kwargs,name", [
    ({"encoding": "no-such-codec"}, "encoding"),
    ({"encoding": "base64"}, "encoding"),
    ({"text_column": ""}, "text_column"),
    ({"id_column": 3}, "id_column"),
    ({"glob": ""}, "glob"),
])
def test_bad_reader_options(kwargs, name):
    from ctnet.errors import InvalidParameterError

    with pytest.raises(InvalidParameterError, match=f"The '{name}' parameter of read_corpus must be"):
        read_corpus(SEEDS, **kwargs)


def test_html_svg_title_is_not_the_page_title():
    _, info = html_to_text("<svg><title>icon</title></svg><p>Body text of the page</p>")
    assert info["title"] is None


def test_a_ctnet_output_folder_is_not_a_corpus(tmp_path):
    from ctnet.io import MARKER

    write(tmp_path / "out" / "network.html", "<p>UNODC and IOM</p>")
    write(tmp_path / "out" / MARKER, "")
    with pytest.raises(CorpusError, match="is an output folder written by ctnet, not a corpus"):
        read_corpus(tmp_path / "out")


def test_excel_style_csv_cp1252_semicolons_crlf(tmp_path):
    data = 'id;title;text;date\r\n1;Côte d’Ivoire;"UNODC; IOM\r\nand the EU";28/10/2022\r\n'.encode("cp1252")
    p = write(tmp_path / "export.csv", data)
    corpus = read_corpus(p)
    doc = corpus[0]
    assert (doc.id, doc.title, doc.text, doc.date_iso) == ("1", "Côte d’Ivoire", "UNODC; IOM\nand the EU", "2022-10-28")
    assert len(corpus.warnings) == 1 and "decoded as cp1252" in corpus.warnings[0]


MENU = "<nav><ul><li>UNOCT</li><li>IOM</li><li>INTERPOL</li></ul></nav>"


@pytest.mark.parametrize("page,expected", [
    # main wins; menus, banners and footers outside it are dropped
    (f"<header>UN Web TV</header>{MENU}<main><h1>Title here</h1><p>UNODC met Kenya.</p></main>"
     "<aside>Related: EU</aside><footer>© UN</footer>", "Title here\n\nUNODC met Kenya."),
    # no main: the longest article (a teaser list of short articles loses)
    (f"{MENU}<article><p>Short teaser about NATO</p></article>"
     "<article><header><h1>Title here</h1><time datetime='2022-05-13'>13 May</time></header>"
     "<p>UNODC met Kenya and the EU in Nairobi.</p></article>",
     "Title here\n\n13 May\n\nUNODC met Kenya and the EU in Nairobi."),
    # neither: the body without nav/header/footer/aside
    (f"<header>Site</header>{MENU}<div><p>UNODC met Kenya.</p></div><footer>EU</footer>", "UNODC met Kenya."),
    # an unclosed nav swallows everything: then all text is kept rather than nothing
    ("<nav><p>UNODC met Kenya.</p>", "UNODC met Kenya."),
    # pre keeps its line breaks and spaces
    ("<main><pre>a  b\nc</pre><p>x   y</p></main>", "a  b\nc\n\nx y"),
])
def test_html_keeps_the_content_not_the_menus(page, expected):
    assert html_to_text(page)[0] == expected


def test_html_nul_characters_are_not_line_breaks():
    assert html_to_text("<p>a\x00b</p>")[0] == "a\x00b"
