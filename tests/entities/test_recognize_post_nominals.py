import pytest

from pipeline.entities.recognize import clean_span, patterns_for


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Jane Hutt MS", "Jane Hutt"),
    ("en", "Huw Irranca-Davies MS", "Huw Irranca-Davies"),
    ("en", "Keir Starmer MP", "Keir Starmer"),
    ("en", "Unite MP", "Unite MP"),  # one word left: not a name with a post-nominal
    ("de", "Anna Lührmann MdB", "Anna Lührmann"),
    ("de", "Peter Müller MdL", "Peter Müller"),
])
def test_post_nominal_not_part_of_name(lang: str, text: str, expected: str) -> None:
    span = clean_span(text, 0, len(text), "PERSON", patterns_for(lang))
    assert span is not None
    assert text[span[0]:span[1]] == expected
