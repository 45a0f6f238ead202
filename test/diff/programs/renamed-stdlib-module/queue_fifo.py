from __future__ import print_function
# `import Queue` and its uses become `queue`; `from Queue import ...` takes the names from the new module.
import Queue
from Queue import Full, LifoQueue as Stack

q = Queue.Queue(maxsize=2)
q.put(1)
q.put(2)
try:
    q.put(3, block=False)
except Full:
    print('full')
print(q.get(), q.get(), q.empty())
try:
    q.get(block=False)
except Queue.Empty:
    print('empty')
s = Stack()
for i in range(3):
    s.put(i)
print([s.get() for _ in range(3)])
p = Queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    p.put(item)
print([p.get()[1] for _ in range(3)])
print(issubclass(Queue.LifoQueue, Queue.Queue))
