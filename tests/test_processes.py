"""What worker processes share: handing work on with a bounded number of tasks in flight."""

from concurrent.futures import FIRST_COMPLETED, Future, wait
from itertools import count

from newsprobe.processes import bounded


class Submitted:
    """Futures the test completes itself, in the order it chooses; counts how many are in flight."""

    def __init__(self):
        self.futures: list[Future] = []
        self.most_in_flight = 0

    def submit(self, item) -> Future:
        future = Future()
        future.item = item
        self.futures.append(future)
        self.most_in_flight = max(self.most_in_flight, sum(not f.done() for f in self.futures))
        return future

    def finish_newest_first(self, in_flight: list) -> list:
        for future in reversed(in_flight):
            future.set_result(future.item * 10)
        return wait(in_flight, return_when=FIRST_COMPLETED).done


def test_results_come_in_input_order_with_at_most_limit_in_flight_and_the_input_read_lazily():
    pulled = count()
    submitted = Submitted()

    def items():
        for item in range(10):
            next(pulled)
            yield item

    def submit(item):
        future = submitted.submit(item)
        future.set_result(item * 10)
        return future

    results = bounded(submit, items(), 3)
    assert next(results) == 0 and next(pulled) == 3  # three pulled for the first result, no more
    assert list(results) == [10 * i for i in range(1, 10)]


def test_results_come_as_finished_picks_them():
    submitted = Submitted()
    results = list(bounded(submitted.submit, range(7), 3, submitted.finish_newest_first))
    assert sorted(results) == [10 * i for i in range(7)] and submitted.most_in_flight == 3
