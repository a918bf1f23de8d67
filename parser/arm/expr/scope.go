package expr

import (
	"errors"
	"fmt"
	"strings"
)

// Placeholders for facts of the deployment target. They are stable so that
// ids and names computed from them are the same in every run, and obviously
// fake so that nobody mistakes them for real ones.
const (
	SubscriptionID    = "00000000-0000-0000-0000-000000000000"
	TenantID          = "00000000-0000-0000-0000-000000000000"
	ResourceGroupName = "resource-group"
	ManagementGroup   = "management-group"
	DeploymentName    = "deployment"
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
