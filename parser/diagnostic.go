package parser

import "fmt"

// DiagSeverity says how much of the input a Diagnostic cost.
type DiagSeverity int

const (
	// DiagNote is information: something was not evaluated (a remote module,
	// an unknown parameter) and the results are complete for the rest.
	DiagNote DiagSeverity = iota
	// DiagWarning means the input was partially understood.
	DiagWarning
	// DiagError means the file or unit could not be scanned.
	DiagError
)

func (s DiagSeverity) String() string {
	switch s {
	case DiagError:
		return "error"
	case DiagWarning:
		return "warning"
	default:
		return "note"
	}
}

// MarshalText makes severities read as words in JSON.
func (s DiagSeverity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Diagnostic is a problem in the scanned input, with the place it was found.
type Diagnostic struct {
	Severity DiagSeverity `json:"severity"`
	Message  string       `json:"message"`
	Range    Range        `json:"range"`
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Range, d.Severity, d.Message)
}

// Errorf builds an error diagnostic at r.
func Errorf(r Range, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: DiagError, Message: fmt.Sprintf(format, args...), Range: r}
}

// Warnf builds a warning diagnostic at r.
func Warnf(r Range, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: DiagWarning, Message: fmt.Sprintf(format, args...), Range: r}
}

// Notef builds a note diagnostic at r.
func Notef(r Range, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: DiagNote, Message: fmt.Sprintf(format, args...), Range: r}
}
