# expect: type=calendar.IllegalMonthError line=3
import calendar
calendar.monthrange(2024, 13)
