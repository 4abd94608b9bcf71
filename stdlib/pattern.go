// Lua 5.4 pattern matching, the engine behind string.find, string.match,
// string.gmatch and string.gsub. It follows lstrlib.c of C Lua 5.4.4:
// a backtracking matcher over bytes with the C locale's character
// classes, at most 32 captures, and a nesting limit of 200 matcher calls
// that turns a deep pattern into "pattern too complex" instead of
// exhausting the Go stack.
//
// Errors in the pattern are found lazily, as in the reference: a
// malformed piece is reported only when the matcher reaches it, so
// string.find("abc", "x%") fails quietly while string.find("abc", "a%")
// raises an error. Every error is a *PatternError whose text is the
// reference message.

package stdlib

import (
	"strconv"
	"strings"
)

// PatternError is a Lua error raised by pattern matching or by the
// expansion of a gsub replacement string. Error returns the exact message
// C Lua 5.4 gives, such as "malformed pattern (ends with '%')".
type PatternError struct {
	Msg string
}

// Error returns the Lua message.
func (e *PatternError) Error() string { return e.Msg }

const (
	maxCaptures    = 32  // LUA_MAXCAPTURES
	maxMatchDepth  = 200 // MAXCCALLS: nesting limit of matcher calls
	capUnfinished  = -1  // length of a capture still open
	capPosition    = -2  // length of a position capture "()"
	patternEscape  = '%'
	patternSpecial = "^$*+?.([%-"
)

// Capture is one capture of a successful match: the bytes
// subject[Start:End], or, when Position is true, the integer Start+1
// (a "()" capture; End equals Start).
type Capture struct {
	Start, End int
	Position   bool
}

// Match is a successful match of a pattern: the span
// subject[Start:End] and the captures as the matcher left them. Captures
// still open at the end of the pattern are reported as errors only when
// read, as in the reference.
type Match struct {
	Start, End int
	caps       []capture
}

type capture struct {
	init, len int
}

// NumCaptures returns how many captures the pattern opened.
func (m *Match) NumCaptures() int { return len(m.caps) }

// Capture returns capture i (0-based) as the reference's get_onecapture
// does: with no captures at all, capture 0 is the whole match; an index
// past the last capture gives "invalid capture index %N", an open
// capture "unfinished capture".
func (m *Match) Capture(i int) (Capture, error) {
	if i >= len(m.caps) {
		if i != 0 {
			return Capture{}, captureIndexError(i + 1)
		}
		return Capture{Start: m.Start, End: m.End}, nil
	}
	c := m.caps[i]
	switch c.len {
	case capUnfinished:
		return Capture{}, &PatternError{Msg: "unfinished capture"}
	case capPosition:
		return Capture{Start: c.init, End: c.init, Position: true}, nil
	}
	return Capture{Start: c.init, End: c.init + c.len}, nil
}

// Captures returns all captures, as string.match, string.gmatch and a
// gsub replacement function receive them. When the pattern has none and
// whole is true the result is the whole match; when whole is false (as
// string.find wants) it is empty.
func (m *Match) Captures(whole bool) ([]Capture, error) {
	n := len(m.caps)
	if n == 0 && whole {
		n = 1
	}
	out := make([]Capture, n)
	for i := range out {
		c, err := m.Capture(i)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

func captureIndexError(n int) error {
	return &PatternError{Msg: "invalid capture index %" + strconv.Itoa(n)}
}

// HasSpecials reports whether p contains any byte that makes it a
// pattern rather than plain text; string.find without one of them (or
// with its plain argument) does a plain substring search.
func HasSpecials(p string) bool {
	return strings.ContainsAny(p, patternSpecial)
}

// SplitAnchor removes a leading '^' from p, as string.find, string.match
// and string.gsub do (string.gmatch does not: there '^' is literal).
func SplitAnchor(p string) (rest string, anchored bool) {
	if strings.HasPrefix(p, "^") {
		return p[1:], true
	}
	return p, false
}

// Find searches subject for pattern, trying each start position from
// init (a 0-based byte offset, at most len(subject)) as string.find and
// string.match do; a leading '^' in pattern anchors the search at init.
// It returns nil when there is no match, or when init is out of range.
func Find(subject, pattern string, init int) (*Match, error) {
	if init < 0 || init > len(subject) {
		return nil, nil
	}
	p, anchored := SplitAnchor(pattern)
	m := newMatcher(subject, p)
	return m.search(init, -1, anchored)
}

// Scan is the position of an iteration over the successive matches of a
// pattern, as string.gmatch and string.gsub walk them. Its fields are
// plain data so that a suspended iteration can be persisted.
type Scan struct {
	// Pos is the byte offset where the next match attempt starts.
	Pos int
	// LastMatch is the end of the previous match, or -1 before the
	// first; a match ending there (an empty match right after it) is
	// skipped.
	LastMatch int
	// Anchored stops the scan after the first attempt (gsub with '^').
	Anchored bool
	// Done is set once no further match can exist.
	Done bool
}

// NewScan starts an iteration at byte offset init; pass the pattern
// through [SplitAnchor] first for gsub, and set anchored from it.
func NewScan(init int, anchored bool) Scan {
	return Scan{Pos: init, LastMatch: -1, Anchored: anchored}
}

// Next returns the next match of pattern (with any anchor already
// removed) in subject, or nil when the iteration is over. For gsub, the
// text between the previous position and the match's Start is copied
// unchanged, and after the last match subject[pos:] where pos was Pos
// before the failing call.
func (sc *Scan) Next(subject, pattern string) (*Match, error) {
	if sc.Done || sc.Pos > len(subject) {
		sc.Done = true
		return nil, nil
	}
	m := newMatcher(subject, pattern)
	res, err := m.search(sc.Pos, sc.LastMatch, sc.Anchored)
	if err != nil || res == nil || sc.Anchored {
		sc.Done = true
	}
	if res != nil {
		sc.Pos, sc.LastMatch = res.End, res.End
	}
	return res, err
}

// ExpandReplacement appends to dst the gsub replacement string repl for
// match m of subject: "%0" is the whole match, "%1".."%9" a capture (a
// position capture in decimal), "%%" a percent sign; any other use of '%'
// is an error.
func ExpandReplacement(dst []byte, repl, subject string, m *Match) ([]byte, error) {
	for {
		i := strings.IndexByte(repl, patternEscape)
		if i < 0 {
			return append(dst, repl...), nil
		}
		dst = append(dst, repl[:i]...)
		c := byte(0)
		if i+1 < len(repl) {
			c = repl[i+1]
		}
		switch {
		case c == patternEscape:
			dst = append(dst, c)
		case c == '0':
			dst = append(dst, subject[m.Start:m.End]...)
		case asciiDigit(c):
			cp, err := m.Capture(int(c - '1'))
			if err != nil {
				return nil, err
			}
			dst = appendCapture(dst, subject, cp)
		default:
			return nil, &PatternError{Msg: "invalid use of '%' in replacement string"}
		}
		repl = repl[min(i+2, len(repl)):]
	}
}

func appendCapture(dst []byte, subject string, c Capture) []byte {
	if c.Position {
		return append(dst, strconv.Itoa(c.Start+1)...)
	}
	return append(dst, subject[c.Start:c.End]...)
}

// Gsub replaces up to max matches of pattern in subject by the expansion
// of the replacement string repl, as string.gsub does with a string or
// number replacement. It returns the new string and the number of matches.
func Gsub(subject, pattern, repl string, max int64) (string, int64, error) {
	p, anchored := SplitAnchor(pattern)
	sc := NewScan(0, anchored)
	var out []byte
	var n int64
	for n < max {
		from := sc.Pos
		m, err := sc.Next(subject, p)
		if err != nil {
			return "", 0, err
		}
		if m == nil {
			sc.Pos = from
			break
		}
		out = append(out, subject[from:m.Start]...)
		if out, err = ExpandReplacement(out, repl, subject, m); err != nil {
			return "", 0, err
		}
		n++
	}
	if sc.Pos <= len(subject) {
		out = append(out, subject[sc.Pos:]...)
	}
	return string(out), n, nil
}

// matcher is the state of one match attempt: the reference's MatchState.
// Offsets into src and pat are ints; reading past the end of either gives
// 0, as the reference reads the terminating NUL of its strings.
type matcher struct {
	src, pat string
	depth    int // matcher calls still allowed to nest
	level    int // captures opened so far, finished or not
	caps     [maxCaptures]capture
}

func newMatcher(src, pat string) *matcher {
	return &matcher{src: src, pat: pat, depth: maxMatchDepth}
}

// fail aborts the match with a pattern error; search recovers it.
func (m *matcher) fail(msg string) {
	panic(&PatternError{Msg: msg})
}

func (m *matcher) p(i int) byte {
	if i < len(m.pat) {
		return m.pat[i]
	}
	return 0
}

func (m *matcher) s(i int) byte {
	if i < len(m.src) {
		return m.src[i]
	}
	return 0
}

// search tries each start position from init to the end of the subject
// (only init when anchored) and returns the first match that does not
// end at lastMatch.
func (m *matcher) search(init, lastMatch int, anchored bool) (res *Match, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*PatternError)
			if !ok {
				panic(r)
			}
			res, err = nil, pe
		}
	}()
	for start := init; start <= len(m.src); start++ {
		m.level = 0
		if end := m.match(start, 0); end >= 0 && end != lastMatch {
			caps := append([]capture(nil), m.caps[:m.level]...)
			return &Match{Start: start, End: end, caps: caps}, nil
		}
		if anchored {
			break
		}
	}
	return nil, nil
}

// match matches the pattern from pat[p] against the subject from src[s]
// and returns the end of the match, or -1. Each call counts against the
// nesting limit, as each call of the reference's match does.
func (m *matcher) match(s, p int) int {
	if m.depth == 0 {
		m.fail("pattern too complex")
	}
	m.depth--
	res := m.matchLoop(s, p)
	m.depth++
	return res
}

// matchLoop is the body of match. The reference's tail calls (its "goto
// init") are iterations of the loop, so only the nesting it counts
// recurses here.
func (m *matcher) matchLoop(s, p int) int {
	for p < len(m.pat) {
		var done bool
		switch m.pat[p] {
		case '(':
			return m.startCapture(s, p)
		case ')':
			return m.endCapture(s, p+1)
		case '$':
			if p+1 != len(m.pat) {
				s, p, done = m.matchItem(s, p)
			} else if s == len(m.src) {
				return s
			} else {
				return -1
			}
		case patternEscape:
			s, p, done = m.matchEscape(s, p)
		default:
			s, p, done = m.matchItem(s, p)
		}
		if done {
			return s
		}
	}
	return s
}

// startCapture handles "(" and "()" at pat[p].
func (m *matcher) startCapture(s, p int) int {
	what := capUnfinished
	p++
	if m.p(p) == ')' {
		what = capPosition
		p++
	}
	if m.level >= maxCaptures {
		m.fail("too many captures")
	}
	m.caps[m.level] = capture{init: s, len: what}
	m.level++
	res := m.match(s, p)
	if res < 0 {
		m.level--
	}
	return res
}

// endCapture closes the innermost open capture at subject offset s and
// goes on with pat[p].
func (m *matcher) endCapture(s, p int) int {
	l := m.level - 1
	for l >= 0 && m.caps[l].len != capUnfinished {
		l--
	}
	if l < 0 {
		m.fail("invalid pattern capture")
	}
	m.caps[l].len = s - m.caps[l].init
	res := m.match(s, p)
	if res < 0 {
		m.caps[l].len = capUnfinished
	}
	return res
}

// matchEscape handles '%' at pat[p]: %b, %f and back-references, or a
// class item otherwise. It returns the new positions, or done with the
// final result.
func (m *matcher) matchEscape(s, p int) (int, int, bool) {
	switch c := m.p(p + 1); {
	case c == 'b':
		s = m.matchBalance(s, p+2)
		return s, p + 4, s < 0
	case c == 'f':
		return m.matchFrontier(s, p+2)
	case asciiDigit(c):
		s = m.matchBackReference(s, int(c))
		return s, p + 2, s < 0
	}
	return m.matchItem(s, p)
}

func (m *matcher) matchBalance(s, p int) int {
	if p >= len(m.pat)-1 {
		m.fail("malformed pattern (missing arguments to '%b')")
	}
	if m.s(s) != m.pat[p] {
		return -1
	}
	open, close := m.pat[p], m.pat[p+1]
	depth := 1
	for s++; s < len(m.src); s++ {
		switch m.src[s] {
		case close:
			if depth--; depth == 0 {
				return s + 1
			}
		case open:
			depth++
		}
	}
	return -1
}

// matchFrontier handles %f[set] whose '[' is at pat[p].
func (m *matcher) matchFrontier(s, p int) (int, int, bool) {
	if m.p(p) != '[' {
		m.fail("missing '[' after '%f' in pattern")
	}
	ep := m.classEnd(p)
	prev := byte(0)
	if s > 0 {
		prev = m.src[s-1]
	}
	if !m.matchBracketClass(prev, p, ep-1) && m.matchBracketClass(m.s(s), p, ep-1) {
		return s, ep, false
	}
	return -1, p, true
}

// matchBackReference handles %1..%9 (c is the digit byte).
func (m *matcher) matchBackReference(s int, c int) int {
	l := c - '1'
	if l < 0 || l >= m.level || m.caps[l].len == capUnfinished {
		m.fail("invalid capture index %" + strconv.Itoa(l+1))
	}
	capStart, n := m.caps[l].init, m.caps[l].len
	if n < 0 {
		return -1 // a position capture never matches, as in the reference
	}
	if len(m.src)-s >= n && m.src[capStart:capStart+n] == m.src[s:s+n] {
		return s + n
	}
	return -1
}

// matchItem matches a single-character class at pat[p] with its optional
// quantifier. It returns the new positions to go on with, or done with
// the final result of the match.
func (m *matcher) matchItem(s, p int) (int, int, bool) {
	ep := m.classEnd(p)
	q := m.p(ep)
	if !m.singleMatch(s, p, ep) {
		if q == '*' || q == '?' || q == '-' {
			return s, ep + 1, false // zero repetitions are fine
		}
		return -1, p, true
	}
	switch q {
	case '?':
		if res := m.match(s+1, ep+1); res >= 0 {
			return res, p, true
		}
		return s, ep + 1, false
	case '+':
		return m.maxExpand(s+1, p, ep), p, true
	case '*':
		return m.maxExpand(s, p, ep), p, true
	case '-':
		return m.minExpand(s, p, ep), p, true
	}
	return s + 1, ep, false
}

// maxExpand matches as many repetitions of the item at pat[p] as
// possible, then backs off one at a time until the rest matches.
func (m *matcher) maxExpand(s, p, ep int) int {
	i := 0
	for m.singleMatch(s+i, p, ep) {
		i++
	}
	for ; i >= 0; i-- {
		if res := m.match(s+i, ep+1); res >= 0 {
			return res
		}
	}
	return -1
}

// minExpand matches as few repetitions of the item at pat[p] as the rest
// of the pattern allows.
func (m *matcher) minExpand(s, p, ep int) int {
	for {
		if res := m.match(s, ep+1); res >= 0 {
			return res
		}
		if !m.singleMatch(s, p, ep) {
			return -1
		}
		s++
	}
}

// classEnd returns the offset just past the single-character class that
// starts at pat[p]: a byte, '.', a %-escape or a [set].
func (m *matcher) classEnd(p int) int {
	c := m.pat[p]
	p++
	switch c {
	case patternEscape:
		if p == len(m.pat) {
			m.fail("malformed pattern (ends with '%')")
		}
		return p + 1
	case '[':
		if m.p(p) == '^' {
			p++
		}
		for {
			if p == len(m.pat) {
				m.fail("malformed pattern (missing ']')")
			}
			c := m.pat[p]
			p++
			if c == patternEscape && p < len(m.pat) {
				p++ // skip escapes such as "%]"
			}
			if m.p(p) == ']' {
				return p + 1
			}
		}
	}
	return p
}

// singleMatch reports whether src[s] exists and matches the class that
// spans pat[p:ep].
func (m *matcher) singleMatch(s, p, ep int) bool {
	if s >= len(m.src) {
		return false
	}
	c := m.src[s]
	switch m.pat[p] {
	case '.':
		return true
	case patternEscape:
		return matchClass(c, m.p(p+1))
	case '[':
		return m.matchBracketClass(c, p, ep-1)
	}
	return m.pat[p] == c
}

// matchBracketClass reports whether c belongs to the set whose '[' is at
// pat[p] and whose ']' is at pat[ec].
func (m *matcher) matchBracketClass(c byte, p, ec int) bool {
	in := true
	if m.p(p+1) == '^' {
		in = false
		p++
	}
	for p++; p < ec; p++ {
		switch {
		case m.pat[p] == patternEscape:
			p++
			if matchClass(c, m.p(p)) {
				return in
			}
		case m.p(p+1) == '-' && p+2 < ec:
			p += 2
			if m.pat[p-2] <= c && c <= m.pat[p] {
				return in
			}
		case m.pat[p] == c:
			return in
		}
	}
	return !in
}

// matchClass reports whether c matches the class letter cl of a %-escape
// (an upper-case letter is the complement), or equals cl when cl is not
// a class letter.
func matchClass(c, cl byte) bool {
	var res bool
	switch cl | 0x20 {
	case 'a':
		res = asciiAlpha(c)
	case 'c':
		res = c < 0x20 || c == 0x7f
	case 'd':
		res = asciiDigit(c)
	case 'g':
		res = c > 0x20 && c < 0x7f
	case 'l':
		res = c >= 'a' && c <= 'z'
	case 'p':
		res = c > 0x20 && c < 0x7f && !asciiAlnum(c)
	case 's':
		res = c == ' ' || (c >= '\t' && c <= '\r')
	case 'u':
		res = c >= 'A' && c <= 'Z'
	case 'w':
		res = asciiAlnum(c)
	case 'x':
		res = asciiDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f')
	case 'z':
		res = c == 0 // deprecated, kept by the reference
	default:
		return cl == c
	}
	if cl >= 'a' && cl <= 'z' {
		return res
	}
	return !res
}

func asciiDigit(c byte) bool { return c >= '0' && c <= '9' }
func asciiAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func asciiAlnum(c byte) bool { return asciiAlpha(c) || asciiDigit(c) }
