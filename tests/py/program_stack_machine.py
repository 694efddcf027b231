# A small stack machine: assemble a program from text and run it.
SOURCE = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
def assemble(text):
    program = []
    labels = {}
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
        else:
            parts = line.split()
            program.append((parts[0], parts[1] if len(parts) > 1 else None))
    return program, labels
def run(program, labels):
    stack = []
    memory = {}
    pc = 0
    steps = 0
    while True:
        op, arg = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "load":
            stack.append(memory[arg])
        elif op == "store":
            memory[arg] = stack.pop()
        elif op in ("add", "sub", "mul"):
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jmp":
            pc = labels[arg]
        elif op == "print":
            print("output:", stack.pop())
        elif op == "halt":
            return steps, memory
        else:
            raise ValueError("unknown op " + op)
program, labels = assemble(SOURCE)
print(len(program), labels)
steps, memory = run(program, labels)
print(steps, memory)
