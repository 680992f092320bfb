# Found by the fuzzer: breaking out of a loop over a temporary delegator closes
# it, which closes its subgenerator; a finally that yields there makes that close
# fail ("ignored GeneratorExit"), and CPython finalizes the subgenerator again
# when the delegator frame is dropped, running its outer finally at once.
def gen0():
    yield from gen3((-1))
def gen3(a):
    k29 = 0
    try:
        try:
            yield k29
        finally:
            yield "from-finally"
    finally:
        print("gen3 finally")
g1 = gen3(2)
print("L3 close g1", g1.close())
for item in gen0():
    break
try:
    print("L20 next g1", repr(next(g1)))
except StopIteration as e:
    print("L20 stop", repr(e.value))
