#!/usr/bin/env node
// Writes a realistic Python program of about N lines (default 50,000) to
// stdout or to the file given: generator pipelines, coroutines driven by
// send, classes, comprehensions, try/except/finally, f-strings, comments.
// Used to time the transpiler on big input (README, "Big and deeply nested
// programs"):
//   node test/bench/big-program.js 50000 /tmp/big.py
//   time node dist/cli.js /tmp/big.py -o /tmp/big.ts
"use strict";
const fs = require("fs");

const lines = Number(process.argv[2] || 50000);
const out = process.argv[3];

function block(i) {
  return `
# --- section ${i}: a pipeline of generators and a coroutine
def numbers_${i}(limit):
    """Yield the numbers below limit."""
    n = 0
    while n < limit:
        yield n
        n += 1


def squares_${i}(source):
    for value in source:
        if value % 3 == 0:
            continue
        elif value % 7 == 0:
            yield -value
        else:
            yield value * value


def averager_${i}():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            term = yield average
        except ValueError as exc:
            print(f"section ${i}: ignored {exc!r}")
            continue
        total += term
        count += 1
        average = total / count


class Account${i}:
    rate = ${i % 10} / 100

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def __repr__(self):
        return f"Account${i}({self.owner!r}, {self.balance})"


def run_${i}():
    acc = Account${i}("user${i}", ${i})
    avg = averager_${i}()
    next(avg)
    results = [avg.send(x) for x in squares_${i}(numbers_${i}(12))]
    try:
        acc.deposit(-1)
    except ValueError as e:
        results.append(str(e))
    finally:
        avg.close()
    table = {k: v for k, v in zip("abc", results)}
    return acc, sorted(table.items()), sum(x for x in results if isinstance(x, float))
`;
}

const parts = [];
let count = 0;
for (let i = 0; count < lines - 4; i++) {
  const b = block(i);
  parts.push(b);
  count += b.split("\n").length - 1;
}
parts.push(`\nfor i in range(3):\n    print(run_0())\n`);
const text = parts.join("");
if (out) fs.writeFileSync(out, text);
else process.stdout.write(text);
