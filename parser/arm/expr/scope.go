package expr

import (
	"errors"
	"fmt"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Deployment and scope objects. Location is Unknown: it is chosen at
// deployment, and a placeholder region would make location policies lie.

func deploymentObject() any {
	return map[string]any{
		"name":     DeploymentName,
		"location": Unknown,
		"properties": map[string]any{
			"templateLink": Unknown,
			"mode":         "Incremental",
		},
	}
}

func environmentObject() any {
	return map[string]any{
		"name":            "AzureCloud",
		"gallery":         "https://gallery.azure.com/",
		"graph":           "https://graph.windows.net/",
		"portal":          "https://portal.azure.com",
		"resourceManager": "https://management.azure.com/",
		"authentication": map[string]any{
			"loginEndpoint": "https://login.microsoftonline.com/",
			"audiences":     []any{"https://management.core.windows.net/", "https://management.azure.com/"},
			"tenant":        "common",
		},
		"suffixes": map[string]any{
			"acrLoginServer":                      ".azurecr.io",
			"azureDatalakeAnalyticsCatalogAndJob": "azuredatalakeanalytics.net",
			"azureDatalakeStoreFileSystem":        "azuredatalakestore.net",
			"azureFrontDoorEndpointSuffix":        "azurefd.net",
			"keyvaultDns":                         ".vault.azure.net",
			"sqlServerHostname":                   ".database.windows.net",
			"storage":                             "core.windows.net",
		},
	}
}

func subscriptionID(a []any, i int) (string, error) {
	if len(a) > i {
		return asString(a[i])
	}
	return SubscriptionID, nil
}

func fnSubscription(_ *Context, a []any) (any, error) {
	sub, err := subscriptionID(a, 0)
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"id":             "/subscriptions/" + sub,
		"subscriptionId": sub,
		"tenantId":       TenantID,
		"displayName":    "subscription",
	}, nil
}

func fnResourceGroup(_ *Context, a []any) (any, error) {
	sub, name := SubscriptionID, ResourceGroupName
	var err error
	switch len(a) {
	case 1:
		name, err = asString(a[0])
	case 2:
		if sub, err = asString(a[0]); err == nil {
			name, err = asString(a[1])
		}
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"id":         "/subscriptions/" + sub + "/resourceGroups/" + name,
		"name":       name,
		"type":       "Microsoft.Resources/resourceGroups",
		"location":   Unknown,
		"managedBy":  Unknown,
		"tags":       Unknown,
		"properties": map[string]any{"provisioningState": "Succeeded"},
	}, nil
}

func tenantObject() any {
	return map[string]any{
		"id":          "/tenants/" + TenantID,
		"tenantId":    TenantID,
		"countryCode": Unknown,
		"displayName": "tenant",
	}
}

func fnManagementGroup(_ *Context, a []any) (any, error) {
	name := ManagementGroup
	if len(a) == 1 {
		var err error
		if name, err = asString(a[0]); err != nil {
			return nil, err
		}
	}
	return map[string]any{
		"id":   "/providers/Microsoft.Management/managementGroups/" + name,
		"name": name,
		"type": "/providers/Microsoft.Management/managementGroups",
		"properties": map[string]any{
			"tenantId":    TenantID,
			"displayName": name,
		},
	}, nil
}

// typeSuffix builds "providers/<ns>/<t1>/<n1>/<t2>/<n2>" from a resource
// type and its name segments, checking that they pair up.
func typeSuffix(typ string, names []any) (string, error) {
	// Azure tolerates a trailing slash ("microsoft.insights/components/").
	typ = strings.Trim(typ, "/")
	segs := strings.Split(typ, "/")
	if len(segs) < 2 || segs[0] == "" {
		return "", fmt.Errorf("%s is not a resource type (Namespace/type)", Quote(typ))
	}
	var flat []string
	for _, n := range names {
		s, err := toString(nil, n)
		if err != nil {
			return "", err
		}
		// A name argument may itself hold several segments ("acct/default").
		flat = append(flat, strings.Split(s, "/")...)
	}
	if len(flat) != len(segs)-1 {
		return "", fmt.Errorf("resource type %s needs %d name segments, got %d", typ, len(segs)-1, len(flat))
	}
	var b strings.Builder
	b.WriteString("providers/")
	b.WriteString(segs[0])
	for i, t := range segs[1:] {
		b.WriteByte('/')
		b.WriteString(t)
		b.WriteByte('/')
		b.WriteString(flat[i])
	}
	return b.String(), nil
}

// splitTypeArgs finds the resource type among leading optional scope
// arguments: the first argument that contains a '/'.
func splitTypeArgs(a []any, maxScope int) (scope []string, typ string, names []any, err error) {
	for i, v := range a {
		s, err := asString(v)
		if err != nil {
			return nil, "", nil, fmt.Errorf("argument %d: %v", i+1, err)
		}
		if strings.Contains(s, "/") {
			if i > maxScope {
				return nil, "", nil, fmt.Errorf("expected at most %d arguments before the resource type %s", maxScope, Quote(s))
			}
			return scope, s, a[i+1:], nil
		}
		scope = append(scope, s)
	}
	return nil, "", nil, errors.New("no resource type (Namespace/type) among the arguments")
}

func fnResourceID(_ *Context, a []any) (any, error) {
	scope, typ, names, err := splitTypeArgs(a, 2)
	if err != nil {
		return nil, err
	}
	sub, rg := SubscriptionID, ResourceGroupName
	switch len(scope) {
	case 1:
		rg = scope[0]
	case 2:
		sub, rg = scope[0], scope[1]
	}
	suffix, err := typeSuffix(typ, names)
	if err != nil {
		return nil, err
	}
	return "/subscriptions/" + sub + "/resourceGroups/" + rg + "/" + suffix, nil
}

func fnSubscriptionResourceID(_ *Context, a []any) (any, error) {
	scope, typ, names, err := splitTypeArgs(a, 1)
	if err != nil {
		return nil, err
	}
	sub := SubscriptionID
	if len(scope) == 1 {
		sub = scope[0]
	}
	suffix, err := typeSuffix(typ, names)
	if err != nil {
		return nil, err
	}
	return "/subscriptions/" + sub + "/" + suffix, nil
}

func fnTenantResourceID(_ *Context, a []any) (any, error) {
	_, typ, names, err := splitTypeArgs(a, 0)
	if err != nil {
		return nil, err
	}
	suffix, err := typeSuffix(typ, names)
	if err != nil {
		return nil, err
	}
	return "/" + suffix, nil
}

func fnManagementGroupResourceID(_ *Context, a []any) (any, error) {
	scope, typ, names, err := splitTypeArgs(a, 1)
	if err != nil {
		return nil, err
	}
	mg := ManagementGroup
	if len(scope) == 1 {
		mg = scope[0]
	}
	suffix, err := typeSuffix(typ, names)
	if err != nil {
		return nil, err
	}
	return "/providers/Microsoft.Management/managementGroups/" + mg + "/" + suffix, nil
}

func fnExtensionResourceID(_ *Context, a []any) (any, error) {
	base, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	_, typ, names, err := splitTypeArgs(a[1:], 0)
	if err != nil {
		return nil, err
	}
	suffix, err := typeSuffix(typ, names)
	if err != nil {
		return nil, err
	}
	return strings.TrimSuffix(base, "/") + "/" + suffix, nil
}

// Dates.

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

// Networks.

func asPrefix(v any) (netip.Prefix, error) {
	s, err := asString(v)
	if err != nil {
		return netip.Prefix{}, err
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("%s is not a CIDR range such as 10.0.0.0/16", Quote(s))
	}
	return p.Masked(), nil
}

func fnParseCidr(_ *Context, a []any) (any, error) {
	p, err := asPrefix(a[0])
	if err != nil {
		return nil, err
	}
	first, last := p.Addr(), lastAddr(p)
	out := map[string]any{
		"network": p.Addr().String(),
		"cidr":    int64(p.Bits()),
	}
	if p.Addr().Is4() {
		out["netmask"] = netip.AddrFrom4(maskBytes4(p.Bits())).String()
		out["broadcast"] = last.String()
		if p.Bits() < 31 {
			first, last = first.Next(), last.Prev()
		}
	}
	out["firstUsable"] = first.String()
	out["lastUsable"] = last.String()
	return out, nil
}

func maskBytes4(bits int) [4]byte {
	var m [4]byte
	for i := 0; i < bits && i < 32; i++ {
		m[i/8] |= 0x80 >> (i % 8)
	}
	return m
}

func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	addr, _ := netip.AddrFromSlice(b)
	return addr
}

func fnCidrSubnet(_ *Context, a []any) (any, error) {
	p, err := asPrefix(a[0])
	if err != nil {
		return nil, err
	}
	bits, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	n, err := asInt(a[2])
	if err != nil {
		return nil, err
	}
	total := p.Addr().BitLen()
	if bits < int64(p.Bits()) || bits > int64(total) {
		return nil, fmt.Errorf("new prefix length %d must lie between %d and %d", bits, p.Bits(), total)
	}
	if bits-int64(p.Bits()) < 63 && (n < 0 || n >= int64(1)<<(bits-int64(p.Bits()))) {
		return nil, fmt.Errorf("subnet index %d does not fit in %s split into /%d", n, p, bits)
	}
	b := p.Addr().AsSlice()
	// Write n into the bits between the old and the new prefix length.
	for i := int64(0); i < bits-int64(p.Bits()); i++ {
		bit := bits - 1 - i
		if n>>i&1 == 1 {
			b[bit/8] |= 0x80 >> (bit % 8)
		}
	}
	addr, _ := netip.AddrFromSlice(b)
	return netip.PrefixFrom(addr, int(bits)).String(), nil
}

func fnCidrHost(_ *Context, a []any) (any, error) {
	p, err := asPrefix(a[0])
	if err != nil {
		return nil, err
	}
	n, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	if n < 0 || n > 1<<16 {
		return nil, fmt.Errorf("host index %d is out of range", n)
	}
	// Azure counts usable hosts from the first address after the network.
	addr := p.Addr().Next()
	for i := int64(0); i < n; i++ {
		addr = addr.Next()
	}
	if !p.Contains(addr) {
		return nil, fmt.Errorf("host %d lies outside %s", n, p)
	}
	return addr.String(), nil
}
