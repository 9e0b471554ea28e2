# A small interpreter built from classes (dispatch through getattr).
class Machine:
    def __init__(self):
        self.stack = []
    def run(self, prog):
        for ins in prog.split():
            if ins.isdigit():
                self.stack.append(int(ins))
            else:
                getattr(self, "op_" + ins)()
        return self.stack
    def op_add(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)
    def op_mul(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)
    def op_dup(self):
        self.stack.append(self.stack[-1])
print(Machine().run("2 3 add dup mul 4"))
try:
    Machine().run("1 pop")
except AttributeError as e:
    print(e)
