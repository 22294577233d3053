"""Compare the outputs of two executed notebooks: the headless runner's and Jupyter's (nbconvert with the Workbench kernel).

Usage: /usr/bin/python3 compare_outputs.py RUNNER.ipynb KERNEL.ipynb
Cells are matched by position. Compared per code cell: execution count and outputs (type, stream name and text, mime
data, error name and value). Set aside: cell ids, metadata, display ids, tracebacks, and timings (numbers followed by
ms/s, ISO dates) inside text. Adjacent stream outputs of one name are merged first, since front ends may split them.
Exit code 0 when they match, 1 with a short diff otherwise.
"""
import json
import re
import sys

TIMING = re.compile(r"\d+(?:[.,]\d+)?\s?(?:ms|s|µs|sec|seconds)\b")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?")
GUID = re.compile(r"[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def text(value):
    value = "".join(value) if isinstance(value, list) else value
    if not isinstance(value, str):
        return value
    return GUID.sub("<id>", DATE.sub("<date>", TIMING.sub("<time>", value)))


def normalise(outputs):
    merged = []
    for out in outputs:
        kind = out.get("output_type")
        if kind == "stream":
            if merged and merged[-1][0] == "stream" and merged[-1][1] == out.get("name"):
                merged[-1] = ("stream", out.get("name"), merged[-1][2] + text(out.get("text", "")))
            else:
                merged.append(("stream", out.get("name"), text(out.get("text", ""))))
        elif kind in ("display_data", "execute_result"):
            data = {mime: text(value) for mime, value in sorted(out.get("data", {}).items())}
            merged.append((kind, json.dumps(data, sort_keys=True, ensure_ascii=False), out.get("execution_count")))
        elif kind == "error":
            merged.append(("error", out.get("ename"), text(out.get("evalue", ""))))
    return merged


def code_cells(path):
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    return [c for c in notebook["cells"] if c["cell_type"] == "code"]


def main(runner_path, kernel_path):
    runner, kernel = code_cells(runner_path), code_cells(kernel_path)
    problems = []
    if len(runner) != len(kernel):
        problems.append(f"{len(runner)} code cells vs {len(kernel)}")
    for number, (a, b) in enumerate(zip(runner, kernel), start=1):
        if a.get("execution_count") != b.get("execution_count"):
            problems.append(f"cell {number}: execution_count {a.get('execution_count')} vs {b.get('execution_count')}")
        left, right = normalise(a.get("outputs", [])), normalise(b.get("outputs", []))
        if left != right:
            problems.append(f"cell {number}:\n  runner: {str(left)[:400]}\n  kernel: {str(right)[:400]}")
    for p in problems:
        print(f"  MISMATCH {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
