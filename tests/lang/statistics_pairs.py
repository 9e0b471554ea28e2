# statistics: covariance, correlation, linear_regression, median_grouped
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.correlation(x, x), st.correlation(x, list(reversed(x))), st.correlation(x, y))
print(st.correlation([0.5, 1.5, 2.25], [3.0, 1.0, 4.0]))
r = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
print(r, r.slope, r.intercept, type(r).__name__)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]),
      st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([2.5]))
for f, a in [(st.covariance, ([1], [2])), (st.correlation, ([1, 2], [1])),
             (st.correlation, ([1, 1], [1, 2])), (st.linear_regression, ([2, 2], [1, 2])),
             (st.linear_regression, ([1], [1])), (st.median_grouped, ([],))]:
    try:
        f(*a)
    except st.StatisticsError as e:
        print(f.__name__, e)
try:
    st.median_grouped(['a', 'b'])
except TypeError as e:
    print(e)
