"""Read a number out of a docs answer, so a step chained on it never types the figure."""

import re

NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def num(answer, k=0):
    """The k-th number in a docs answer string, commas removed (e.g. '1,000' -> '1000')."""
    found = NUMBER.findall(answer)
    assert len(found) > k, (answer, k)
    return found[k].replace(",", "")
