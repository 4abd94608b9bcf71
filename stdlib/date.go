// The calendar machinery of os.date and os.time: breaking a time into
// its fields (C's gmtime and localtime), formatting them with the
// strftime conversions that C Lua 5.4.4 accepts on Linux (glibc, C
// locale), and turning fields back into a time with the carries and the
// daylight-saving rules of glibc's mktime.
//
// Years follow C's struct tm: a broken-down time exists only while
// year-1900 fits in a C int, and "%Y" prints year as a C int computed
// with wrap-around, as glibc does at the very end of that range.

package stdlib

import (
	"strconv"
	"strings"
	"time"
)

// DateError is an error of os.date or os.time. When Arg is 0 it is a
// plain Lua error whose message is Msg; otherwise the library raises it
// as a bad-argument error for argument Arg with Msg as the extra text
// ("bad argument #1 to 'date' (invalid conversion specifier '%Ez')").
type DateError struct {
	Arg int
	Msg string
}

// Error returns the message, with the argument number when there is one.
func (e *DateError) Error() string {
	if e.Arg == 0 {
		return e.Msg
	}
	return "bad argument #" + strconv.Itoa(e.Arg) + " (" + e.Msg + ")"
}

var (
	errDateRange = &DateError{Msg: "date result cannot be represented in this installation"}
	errTimeRange = &DateError{Msg: "time result cannot be represented in this installation"}
)

const (
	minTmYear     = -1 << 31  // smallest year-1900 a C int holds
	maxTmYear     = 1<<31 - 1 // largest year-1900 a C int holds
	maxAbsTime    = 1 << 57   // beyond this no time has a representable year
	secondsPerDay = 86400
)

// DateTime is a broken-down time, as os.date("*t") and os.time's
// normalised table show it, plus the zone data that "%z" and "%Z" need.
type DateTime struct {
	Year   int64 // the full year
	Month  int   // 1..12
	Day    int   // 1..31
	Hour   int   // 0..23
	Min    int   // 0..59
	Sec    int   // 0..59
	Wday   int   // 1..7, Sunday is 1
	Yday   int   // 1..366
	IsDST  bool
	Offset int    // seconds east of UTC
	Zone   string // abbreviation of the zone; "GMT" for UTC, as gmtime has it
}

// BreakTime returns the fields of time t (seconds since the epoch) in
// loc, as os.date does with localtime; a nil loc means UTC, as with a
// format starting with '!' (gmtime). It fails with "date result cannot be
// represented in this installation" when the year does not fit.
func BreakTime(t int64, loc *time.Location) (DateTime, error) {
	zone, offset, dst, ok := zoneOf(t, loc)
	if !ok {
		return DateTime{}, errDateRange
	}
	tm := time.Unix(t+int64(offset), 0).UTC()
	return DateTime{
		Year: int64(tm.Year()), Month: int(tm.Month()), Day: tm.Day(),
		Hour: tm.Hour(), Min: tm.Minute(), Sec: tm.Second(),
		Wday: int(tm.Weekday()) + 1, Yday: tm.YearDay(),
		IsDST: dst, Offset: offset, Zone: zone,
	}, nil
}

// ruleEnd is the start of the year 5881581 UTC. glibc counts the days
// to the daylight-saving changes of a zone's rule in a C int, which
// overflows from that year on: its changes then all lie in the past, so
// northern zones stay on standard time and southern zones on summer
// time for ever, which is the state they have in January.
var (
	ruleEnd     = daysFromCivil(5881581, 1, 1) * secondsPerDay
	ruleJanuary = daysFromCivil(5881580, 1, 15) * secondsPerDay
)

// zoneOf returns the abbreviation, UTC offset and daylight-saving flag
// that glibc gives time t in loc (nil means UTC, named "GMT"); ok is
// false when t's local year does not fit a C int.
func zoneOf(t int64, loc *time.Location) (zone string, offset int, dst, ok bool) {
	if t > maxAbsTime || t < -maxAbsTime {
		return "", 0, false, false
	}
	zone = "GMT"
	if loc != nil {
		at := time.Unix(t, 0)
		if t >= ruleEnd {
			at = time.Unix(ruleJanuary, 0)
		}
		at = at.In(loc)
		zone, offset = at.Zone()
		dst = at.IsDST()
	}
	year := int64(time.Unix(t+int64(offset), 0).UTC().Year())
	if year-1900 < minTmYear || year-1900 > maxTmYear {
		return "", 0, false, false
	}
	return zone, offset, dst, true
}

// DateFormat splits the format argument of os.date: a leading '!' asks
// for UTC, and what follows being exactly "*t" (up to a NUL, as C
// compares it) asks for a table instead of a string.
func DateFormat(format string) (rest string, utc, table bool) {
	rest, utc = strings.CutPrefix(format, "!")
	c, _, _ := strings.Cut(rest, "\x00")
	return rest, utc, c == "*t"
}

// strftime conversions valid after '%': one letter, or E or O and a
// letter (in the C locale both modifiers change nothing).
const (
	dateConversions = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%"
	dateEModified   = "cCxXyY"
	dateOModified   = "deHImMSuUVwWy"
)

// Strftime formats dt as os.date does with a format (its '!' removed),
// expanding each conversion as glibc's strftime does in the C locale. An
// unknown conversion is a bad-argument error quoting the rest of the
// format: "invalid conversion specifier '%Ez'".
func Strftime(format string, dt *DateTime) (string, error) {
	var out []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			out = append(out, format[i])
			continue
		}
		conv, n := dateConversion(format[i+1:])
		if n == 0 {
			rest, _, _ := strings.Cut(format[i+1:], "\x00")
			return "", &DateError{Arg: 1, Msg: "invalid conversion specifier '%" + rest + "'"}
		}
		out = appendDateConversion(out, conv, dt)
		i += n
	}
	return string(out), nil
}

// dateConversion returns the conversion letter at the start of s and the
// number of bytes it takes (0 if s starts with no valid conversion).
func dateConversion(s string) (byte, int) {
	switch {
	case s == "":
		return 0, 0
	case strings.IndexByte(dateConversions, s[0]) >= 0:
		return s[0], 1
	case len(s) < 2:
		return 0, 0
	case s[0] == 'E' && strings.IndexByte(dateEModified, s[1]) >= 0:
		return s[1], 2
	case s[0] == 'O' && strings.IndexByte(dateOModified, s[1]) >= 0:
		return s[1], 2
	}
	return 0, 0
}

var (
	dateWeekdayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday",
		"Thursday", "Friday", "Saturday"}
	dateMonthNames = [12]string{"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"}
)

// appendDateConversion appends one strftime conversion of dt.
func appendDateConversion(out []byte, conv byte, dt *DateTime) []byte {
	switch conv {
	case 'a':
		return append(out, dateWeekdayNames[dt.Wday-1][:3]...)
	case 'A':
		return append(out, dateWeekdayNames[dt.Wday-1]...)
	case 'b', 'h':
		return append(out, dateMonthNames[dt.Month-1][:3]...)
	case 'B':
		return append(out, dateMonthNames[dt.Month-1]...)
	case 'c':
		return appendDateLayout(out, "%a %b %e %H:%M:%S %Y", dt)
	case 'D', 'x':
		return appendDateLayout(out, "%m/%d/%y", dt)
	case 'F':
		return appendDateLayout(out, "%Y-%m-%d", dt)
	case 'r':
		return appendDateLayout(out, "%I:%M:%S %p", dt)
	case 'R':
		return appendDateLayout(out, "%H:%M", dt)
	case 'T', 'X':
		return appendDateLayout(out, "%H:%M:%S", dt)
	case 'n':
		return append(out, '\n')
	case 't':
		return append(out, '\t')
	case '%':
		return append(out, '%')
	case 'p':
		if dt.Hour < 12 {
			return append(out, "AM"...)
		}
		return append(out, "PM"...)
	case 'z':
		return appendZoneOffset(out, dt.Offset)
	case 'Z':
		return append(out, dt.Zone...)
	}
	return appendDateNumber(out, conv, dt)
}

// appendDateLayout appends dt formatted by a fixed layout whose
// conversions are all valid.
func appendDateLayout(out []byte, layout string, dt *DateTime) []byte {
	for i := 0; i < len(layout); i++ {
		if layout[i] == '%' {
			i++
			out = appendDateConversion(out, layout[i], dt)
		} else {
			out = append(out, layout[i])
		}
	}
	return out
}

// appendDateNumber appends a numeric conversion: zero-padded to two
// digits (three for %j), space-padded for %e, unpadded for years.
func appendDateNumber(out []byte, conv byte, dt *DateTime) []byte {
	wday, yday := dt.Wday-1, dt.Yday-1 // C's numbering
	switch conv {
	case 'C':
		return strconv.AppendInt(out, calFloorDiv(wrapYear(dt.Year), 100), 10)
	case 'd':
		return appendPadded(out, dt.Day, 2, '0')
	case 'e':
		return appendPadded(out, dt.Day, 2, ' ')
	case 'g':
		isoYear, _ := isoWeek(dt)
		return appendPadded(out, int(calFloorMod(wrapYear(isoYear), 100)), 2, '0')
	case 'G':
		isoYear, _ := isoWeek(dt)
		return strconv.AppendInt(out, wrapYear(isoYear), 10)
	case 'H':
		return appendPadded(out, dt.Hour, 2, '0')
	case 'I':
		return appendPadded(out, (dt.Hour+11)%12+1, 2, '0')
	case 'j':
		return appendPadded(out, dt.Yday, 3, '0')
	case 'm':
		return appendPadded(out, dt.Month, 2, '0')
	case 'M':
		return appendPadded(out, dt.Min, 2, '0')
	case 'S':
		return appendPadded(out, dt.Sec, 2, '0')
	case 'u':
		return appendPadded(out, (wday+6)%7+1, 1, '0')
	case 'U':
		return appendPadded(out, (yday+7-wday)/7, 2, '0')
	case 'V':
		_, week := isoWeek(dt)
		return appendPadded(out, week, 2, '0')
	case 'w':
		return appendPadded(out, wday, 1, '0')
	case 'W':
		return appendPadded(out, (yday+7-(wday+6)%7)/7, 2, '0')
	case 'y':
		return appendPadded(out, int(calFloorMod(dt.Year-1900, 100)), 2, '0')
	}
	return strconv.AppendInt(out, wrapYear(dt.Year), 10) // 'Y'
}

func appendPadded(out []byte, n, width int, pad byte) []byte {
	s := strconv.Itoa(n)
	out = appendFill(out, pad, width-len(s))
	return append(out, s...)
}

// appendZoneOffset appends "+hhmm" or "-hhmm"; seconds are dropped.
func appendZoneOffset(out []byte, offset int) []byte {
	sign := byte('+')
	if offset < 0 {
		sign, offset = '-', -offset
	}
	minutes := offset / 60
	out = append(out, sign)
	return appendPadded(out, minutes/60*100+minutes%60, 4, '0')
}

// wrapYear returns year as C computes tm_year+1900 in an int.
func wrapYear(year int64) int64 {
	return int64(int32(year))
}

func calFloorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func calFloorMod(a, b int64) int64 {
	return a - calFloorDiv(a, b)*b
}

func isLeapYear(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// isoWeek returns the ISO 8601 week-based year and week number of dt.
func isoWeek(dt *DateTime) (int64, int) {
	wday, yday := dt.Wday-1, dt.Yday-1
	year := dt.Year
	days := isoWeekDays(yday, wday)
	switch {
	case days < 0: // the week belongs to the previous year
		year--
		days = isoWeekDays(yday+365+oneIf(isLeapYear(year)), wday)
	default:
		if d := isoWeekDays(yday-365-oneIf(isLeapYear(year)), wday); d >= 0 {
			year++ // the week belongs to the next year
			days = d
		}
	}
	return year, days/7 + 1
}

// isoWeekDays returns the number of days from the Monday that starts
// ISO week 1 of the year to the day with 0-based day of year yday and
// weekday wday (Sunday 0); negative when the day comes before week 1.
// Week 1 is the week that holds the year's first Thursday.
func isoWeekDays(yday, wday int) int {
	const big = 378 // a multiple of 7 that keeps the % operand positive
	return yday - (yday-wday+4+big)%7 + 3
}

func oneIf(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TimeFields are the fields of the table given to os.time, in Lua's
// numbering, each checked with [CheckTimeField]. The library supplies
// the defaults (hour 12, min 0, sec 0) and raises "field 'day' missing
// in date table" and "field 'day' is not an integer" itself.
type TimeFields struct {
	Year, Month, Day, Hour, Min, Sec int64
	// IsDST is -1 when the isdst field is nil, else 0 (false) or 1.
	IsDST int
}

// CheckTimeField reports whether v, the value of field key of os.time's
// table, fits the C int that the reference stores (v-1900 for year, v-1
// for month, v for the others), with its error otherwise:
// "field 'year' is out-of-bound".
func CheckTimeField(key string, v int64) error {
	var delta int64
	switch key {
	case "year":
		delta = 1900
	case "month":
		delta = 1
	}
	if v-delta < minTmYear || v-delta > maxTmYear {
		return &DateError{Msg: "field '" + key + "' is out-of-bound"}
	}
	return nil
}

// MakeTime converts f, read as a local time in loc (nil means UTC), to
// seconds since the epoch as os.time does with glibc's mktime: fields
// out of range carry over (month 13 is January of the next year, day 0
// the last day of the previous month), a time in a daylight-saving gap
// or overlap resolves as glibc resolves it, and an IsDST that the zone
// contradicts shifts the result by the zone's daylight-saving offset
// (an hour when the zone has none nearby). It also returns the
// normalised fields that os.time writes back into its table.
//
// guess carries glibc's memory of the previous call's offset, which
// decides between the two readings of an ambiguous local time; pass the
// same variable on every call of one Lua state (it starts at 0).
//
// The error is "time result cannot be represented in this
// installation"; as in the reference, a result of -1 is also an error,
// reported together with its normalised fields.
func MakeTime(f TimeFields, loc *time.Location, guess *int64) (int64, DateTime, error) {
	mk := mktime{loc: loc, isdst: f.IsDST}
	mk.setWall(f)
	t, ok := mk.solve(guess)
	if !ok {
		return 0, DateTime{}, errTimeRange
	}
	dt, err := BreakTime(t, loc)
	if err != nil {
		return 0, DateTime{}, errTimeRange
	}
	if t == -1 {
		return 0, dt, errTimeRange
	}
	return t, dt, nil
}

// mktime is the state of one conversion from local fields to a time.
type mktime struct {
	loc      *time.Location
	isdst    int
	wall     int64 // the requested local time, counted as if it were UTC
	secShift int64 // seconds clamped off the requested sec, added back at the end
}

// setWall computes the requested local time from f, carrying months into
// years and days, hours, minutes and seconds into the total; seconds are
// first clamped to 0..59 as glibc does, the excess being added last.
func (mk *mktime) setWall(f TimeFields) {
	mon := f.Month - 1
	year := f.Year + calFloorDiv(mon, 12)
	mon = calFloorMod(mon, 12)
	days := daysFromCivil(year, int(mon)+1, 1) + f.Day - 1
	sec := min(max(f.Sec, 0), 59)
	mk.secShift = f.Sec - sec
	mk.wall = ((days*24+f.Hour)*60+f.Min)*60 + sec
}

// daysFromCivil returns the number of days from 1970-01-01 to the given
// proleptic Gregorian date (month 1..12).
func daysFromCivil(year int64, month, day int) int64 {
	if month <= 2 {
		year--
	}
	era := calFloorDiv(year, 400)
	yoe := year - era*400
	mp := int64((month + 9) % 12)
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// zoneAt returns the UTC offset and daylight-saving flag of mk's zone at
// t, or ok false when the local year at t does not fit a C int.
func (mk *mktime) zoneAt(t int64) (offset int64, dst, ok bool) {
	_, off, dst, ok := zoneOf(t, mk.loc)
	return int64(off), dst, ok
}

// rangedZoneAt is zoneAt for a probe: when t has no representable local
// year it moves t to the representable time nearest to it on the way to
// 0, found by bisection as glibc does, and reads the zone there.
func (mk *mktime) rangedZoneAt(t *int64) (offset int64, dst, ok bool) {
	if off, dst, ok := mk.zoneAt(*t); ok {
		return off, dst, true
	}
	good, bad := int64(0), *t
	found := false
	for {
		mid := good>>1 + bad>>1 + (good|bad)&1 // average rounded up
		if mid == good || mid == bad {
			break
		}
		if _, _, ok := mk.zoneAt(mid); ok {
			good, found = mid, true
		} else {
			bad = mid
		}
	}
	if !found {
		return 0, false, false
	}
	*t = good
	return mk.zoneAt(good)
}

// solve finds the time whose local reading is the requested wall time,
// probing from the previous offset as glibc does.
func (mk *mktime) solve(guess *int64) (int64, bool) {
	var g int64
	if guess != nil {
		g = *guess
	}
	t, ok := mk.probe(mk.wall + g)
	if !ok {
		return 0, false
	}
	if guess != nil {
		*guess = t - mk.wall
	}
	t += mk.secShift
	_, _, ok = mk.zoneAt(t)
	return t, ok
}

// probe iterates from t0 towards a time whose local reading is the
// requested wall time, then honours a requested daylight-saving flag.
func (mk *mktime) probe(t0 int64) (int64, bool) {
	t, t1, t2 := t0, t0, t0
	dst2 := false
	for probes := 6; ; probes-- {
		off, dst, ok := mk.rangedZoneAt(&t)
		if !ok {
			return 0, false
		}
		diff := mk.wall - (t + off)
		if diff == 0 {
			return mk.fixDST(t, dst)
		}
		if t == t1 && t != t2 && mk.oscillating(dst, dst2) {
			return t, true // a spring-forward gap: keep a time diff away
		}
		if probes == 1 {
			return 0, false
		}
		t1, t2, t, dst2 = t2, t, t+diff, dst
	}
}

// oscillating reports whether the probe, bouncing between two times
// around a gap, should stop at the current one.
func (mk *mktime) oscillating(dst, dst2 bool) bool {
	if mk.isdst < 0 {
		return oneIf(dst2) <= oneIf(dst)
	}
	return (mk.isdst != 0) != dst
}

// fixDST handles a requested isdst that differs from the one found at t:
// it looks for a nearby time with the requested flag and uses its
// offset, or else shifts by an hour.
func (mk *mktime) fixDST(t int64, dst bool) (int64, bool) {
	if mk.isdst < 0 || (mk.isdst != 0) == dst {
		return t, true
	}
	const stride, durationMax = 601200, 457243209
	for delta := int64(stride); delta < durationMax/2+stride; delta += stride {
		for _, dir := range [2]int64{-1, 1} {
			ot := t + delta*dir
			off, odst, ok := mk.rangedZoneAt(&ot)
			if !ok {
				return 0, false
			}
			if (mk.isdst != 0) != odst {
				continue
			}
			gt := ot + mk.wall - (ot + off)
			if _, _, ok := mk.zoneAt(gt); ok {
				return gt, true
			}
		}
	}
	return t + 3600*int64(oneIf(mk.isdst == 0)-oneIf(!dst)), true
}
