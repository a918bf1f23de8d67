package azurerm

import (
	"strconv"
	"strings"
)

// constraint is the range of azurerm versions a version constraint or a
// locked version admits: [lo, hi), hi zero when unbounded.
type constraint struct {
	text   string
	known  bool
	lo, hi semver
}

type semver [3]int

func (v semver) less(w semver) bool {
	for i := range v {
		if v[i] != w[i] {
			return v[i] < w[i]
		}
	}
	return false
}

func (v semver) zero() bool { return v == semver{} }

// next is the smallest version after v.
func (v semver) next() semver { return semver{v[0], v[1], v[2] + 1} }

// side says where the admitted versions lie relative to a threshold.
type side int

const (
	sideUnknown side = iota
	sideBefore
	sideAfter
	sideBoth
)

// parseConstraint reads a Terraform version constraint ("~> 4.0",
// ">= 3.0, < 4.0") or a locked version ("4.12.0"). Clauses it cannot read
// make the whole constraint unknown: guessing a version would pick a
// default on no basis.
func parseConstraint(s string) constraint {
	c := constraint{text: strings.TrimSpace(s)}
	if c.text == "" {
		return c
	}
	for _, clause := range strings.Split(c.text, ",") {
		clause = strings.TrimSpace(clause)
		op := ""
		for _, o := range []string{"~>", ">=", "<=", "!=", ">", "<", "="} {
			if strings.HasPrefix(clause, o) {
				op = o
				clause = strings.TrimSpace(clause[len(o):])
				break
			}
		}
		v, n, ok := parseSemver(clause)
		if !ok {
			return constraint{text: c.text}
		}
		switch op {
		case "", "=":
			c.raise(v)
			c.lower(v.next())
		case ">=":
			c.raise(v)
		case ">":
			c.raise(v.next())
		case "<":
			c.lower(v)
		case "<=":
			c.lower(v.next())
		case "~>":
			c.raise(v)
			// ~> 4.1 allows 4.x from 4.1; ~> 4.1.2 allows 4.1.x from 4.1.2;
			// ~> 4 sets no upper bound.
			switch n {
			case 2:
				c.lower(semver{v[0] + 1, 0, 0})
			case 3:
				c.lower(semver{v[0], v[1] + 1, 0})
			}
		}
	}
	c.known = true
	return c
}

func (c *constraint) raise(v semver) {
	if c.lo.less(v) {
		c.lo = v
	}
}

func (c *constraint) lower(v semver) {
	if c.hi.zero() || v.less(c.hi) {
		c.hi = v
	}
}

// side places the admitted versions relative to the version since.
func (c constraint) side(since string) side {
	t, _, ok := parseSemver(since)
	if !c.known || !ok {
		return sideUnknown
	}
	switch {
	case !c.hi.zero() && !t.less(c.hi):
		return sideBefore
	case !c.lo.less(t):
		return sideAfter
	default:
		return sideBoth
	}
}

// parseSemver reads 1, 1.2 or 1.2.3 (a leading v and a pre-release suffix
// are ignored) and says how many parts were given.
func parseSemver(s string) (semver, int, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "v")
	if i := strings.IndexAny(s, "-+"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if s == "" || len(parts) > 3 {
		return semver{}, 0, false
	}
	var v semver
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return semver{}, 0, false
		}
		v[i] = n
	}
	return v, len(parts), true
}
