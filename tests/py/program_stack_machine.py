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
    program, labels = [], {}
    for line in text.split("\n"):
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
        elif line:
            parts = line.split()
            program.append((parts[0], parts[1] if len(parts) > 1 else None))
    return program, labels
def run(program, labels):
    stack, memory, pc, steps = [], {}, 0, 0
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
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "jz" or op == "jmp":
            if op == "jmp" or stack.pop() == 0:
                pc = labels[arg]
        elif op == "print":
            print("output:", stack.pop())
        elif op == "halt":
            return steps, memory
program, labels = assemble(SOURCE)
print(len(program), labels)
steps, memory = run(program, labels)
print(steps, memory)
