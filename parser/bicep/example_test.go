package bicep_test

import (
	"fmt"

	"github.com/posture-dev/posture/parser/bicep"
)

// A policy blames a property: its value's range is where the finding
// goes, and the resource header when the property is absent.
func ExampleParse() {
	src := []byte(`resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai'
  properties: {
    disableLocalAuth: false // posture:ignore AZ-AI-003 reason="lab"
  }
}
`)
	f, diags := bicep.Parse("main.bicep", src)
	fmt.Println(len(diags), "diagnostics")
	r := f.Statements[0].(*bicep.Resource)
	typ, version, _ := r.TypeAndVersion()
	fmt.Println(typ, version)
	props := r.Body.(*bicep.Object).Property("properties").Value.(*bicep.Object)
	if p := props.Property("disableLocalAuth"); p != nil {
		fmt.Println("value at", p.Value.Span())
	}
	if props.Property("publicNetworkAccess") == nil {
		fmt.Println("absent: report at", r.Header())
	}
	for _, c := range f.Comments {
		fmt.Printf("line %d: %s\n", c.Range.Start.Line, c.Text)
	}
	// Output:
	// 0 diagnostics
	// Microsoft.CognitiveServices/accounts 2024-10-01
	// value at main.bicep:4:23
	// absent: report at main.bicep:1:1
	// line 4: // posture:ignore AZ-AI-003 reason="lab"
}
