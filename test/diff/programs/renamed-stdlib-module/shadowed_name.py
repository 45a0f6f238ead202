from __future__ import print_function
# The module binds `queue` itself, so the fix imports the new module under the old name.
import Queue

queue = Queue.Queue()
queue.put('x')
print(queue.get(), queue.qsize())


def drain(Queue):
    # A parameter called Queue: not the module.
    return Queue.pop()


print(drain([1, 2]))
