package expr

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

var isoDuration = regexp.MustCompile(`^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$`)

func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%s is not an ISO 8601 date and time", Quote(s))
}

func fnDateTimeAdd(_ *Context, a []any) (any, error) {
	base, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	t, err := parseTime(base)
	if err != nil {
		return nil, err
	}
	d, err := asString(a[1])
	if err != nil {
		return nil, err
	}
	m := isoDuration.FindStringSubmatch(d)
	if m == nil || d == "P" || d == "-P" {
		return nil, fmt.Errorf("%s is not an ISO 8601 duration such as P1D or PT1H", Quote(d))
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	sign := 1
	if m[1] == "-" {
		sign = -1
	}
	secs, _ := strconv.ParseFloat(m[8], 64)
	t = t.AddDate(sign*n(2), sign*n(3), sign*(7*n(4)+n(5)))
	t = t.Add(time.Duration(sign) * (time.Duration(n(6))*time.Hour + time.Duration(n(7))*time.Minute + time.Duration(secs*float64(time.Second))))
	if len(a) == 3 {
		// .NET custom formats are not reproduced: the value is still a
		// time, only its spelling is unknown.
		return Unknown, nil
	}
	return t.UTC().Format("2006-01-02T15:04:05Z"), nil
}

func fnDateTimeToEpoch(_ *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	t, err := parseTime(s)
	if err != nil {
		return nil, err
	}
	return t.Unix(), nil
}

func fnDateTimeFromEpoch(_ *Context, a []any) (any, error) {
	n, err := asInt(a[0])
	if err != nil {
		return nil, err
	}
	return time.Unix(n, 0).UTC().Format("2006-01-02T15:04:05Z"), nil
}
