"""Build eval7/dev7.jsonl and eval7/documents.json from items.py + docs_src.py.

The mechanics are eval6/build.py's, run on this folder: every docs answer is asserted to occur
once, in one sentence of one document, and quoted texts are asserted to be verbatim in the
query. New in eval7: a math, units or dates step may be chained on a docs answer; its spec
reads the figure out of the answer string with helpers.num (or uses an ISO date answer
directly), so no figure is typed by hand.
"""

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    runpy.run_path(
        os.path.join(os.path.dirname(HERE), "eval6", "build.py"),
        init_globals={"HERE": HERE, "SET": "dev7"},
        run_name="__main__",
    )
