# diff: differs
# A job queue: Queue module, exec of generated code, xrange batches, dict.has_key and raw string work.
import Queue

q = Queue.Queue()
for job in xrange(5):
    q.put(job)
done = {}
while not q.empty():
    job = q.get()
    exec 'result = %d * %d' % (job, job)
    done[job] = result
print sorted(done.items())
print done.has_key(3), done.has_key(9)
