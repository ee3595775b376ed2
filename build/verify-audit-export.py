#!/usr/bin/env python3
"""Verifies an audit trail export offline: python3 build/verify-audit-export.py FILE [--expect-hash HASH]

FILE is what GET /api/v1/audit/export returned (JSON Lines, or CSV with format=csv). The script recomputes every
record's content hash and the chain from the header's previousHash through each batch seal, using nothing but the
file. With --expect-hash it also checks that the last seal is the one the auditor obtained independently (from
GET /api/v1/audit/verify, or an earlier export). Exit status 0 when intact, 1 when not. See docs/audit.md.
"""
import csv
import hashlib
import json
import sys


def canonical(table, content):
    # One line per field, name=LENGTH:value (LENGTH in UTF-8 bytes) or name=~ for null; "table" first.
    lines = []
    for name, value in [("table", table)] + list(content.items()):
        if value is None:
            lines.append(f"{name}=~\n")
        else:
            lines.append(f"{name}={len(value.encode('utf-8'))}:{value}\n")
    return "".join(lines)


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as file:
        if path.endswith(".csv"):
            for row in csv.DictReader(file):
                yield json.loads(row["line"])
        else:
            for text in file:
                if text.strip():
                    yield json.loads(text)


def verify(path, expected_hash):
    previous = None
    position = None
    entries = seals = 0
    last_seal = None
    for line in read_lines(path):
        kind = line["kind"]
        if kind == "header":
            previous = line["previousHash"]
            position = (line["firstPosition"] or 1) - 1
        elif kind == "entry":
            position += 1
            where = f"position {line['position']} ({line['table']})"
            if line["position"] != position:
                return f"broken at position {position}: the entry is missing (deleted or reordered)"
            if line["content"] is None:
                return f"broken at {where}: the sealed record was deleted"
            record_id = line["content"].get("id")
            content_hash = sha256(canonical(line["table"], line["content"]))
            if content_hash != line["contentHash"]:
                return f"broken at {where}, record {record_id}: the content is not what was sealed (edited)"
            entry_hash = sha256(previous + content_hash)
            if entry_hash != line["entryHash"]:
                return f"broken at {where}, record {record_id}: the chain does not continue here (reordered or replaced)"
            previous = entry_hash
            entries += 1
        elif kind == "seal":
            if line["lastPosition"] != position or line["lastHash"] != previous:
                return f"broken at the seal of batch {line['batchNumber']}: it does not match the chain"
            seals += 1
            last_seal = line
    if last_seal is None:
        return None if entries == 0 else "broken: the file does not end with a seal"
    if expected_hash is not None and last_seal["lastHash"] != expected_hash:
        return f"broken: the last seal {last_seal['lastHash']} is not the expected {expected_hash}"
    print(f"intact: {entries} records in {seals} sealed batches; last seal: batch {last_seal['batchNumber']}, "
          f"position {last_seal['lastPosition']}, hash {last_seal['lastHash']}")
    return None


def main(arguments):
    if len(arguments) not in (1, 3) or (len(arguments) == 3 and arguments[1] != "--expect-hash"):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    problem = verify(arguments[0], arguments[2] if len(arguments) == 3 else None)
    if problem is not None:
        print(problem)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
