"""Parser throughput and defect counts over any mail path: `python -m mailwarden.message.bench PATH...`

Reads every message first (so reading and decompression are not counted), then parses each once and
reports messages per CPU-second of parsing, parser errors (should be 0) and the commonest defects.
"""

from __future__ import annotations

import collections
import sys
import time

from mailwarden.message.parse import parse_message
from mailwarden.sources import iter_raw


def main(paths: list[str]) -> int:
    items = [item for item in iter_raw(paths) if item.data is not None]
    defects: collections.Counter[str] = collections.Counter()
    with_defects = errors = 0
    started = time.process_time()
    for item in items:
        message = parse_message(item.data or b"", item.source)
        with_defects += bool(message.defects)
        for defect in message.defects:
            defects[defect.partition(":")[0]] += 1
            errors += defect.startswith("parser_error")
    cpu = max(time.process_time() - started, 1e-9)
    print(f"{len(items)} messages in {cpu:.2f} CPU s: {len(items) / cpu:.0f} messages per CPU-second; "
          f"parser errors {errors}; messages with defects {with_defects}")
    for name, count in defects.most_common(15):
        print(f"  {count:7d}  {name}")
    return 1 if errors else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # piped into `head`
        sys.exit(0)
