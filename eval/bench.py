"""`make bench`: the ingest and answering benchmark (see `assistant bench --help`).

Writes eval/bench/latest.json and eval/bench/latest.md; README's Performance section shows the
latest table.
"""

import sys

from assistant.bench import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
