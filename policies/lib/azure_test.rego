package posture.lib.azure_test

import data.posture.lib.azure

# --- network security group rules ---

ssh_rule := {
	"direction": "Inbound",
	"access": "Allow",
	"protocol": "Tcp",
	"sourceAddressPrefixes": ["10.0.0.0/8", "Internet"],
	"destinationPortRange": "22",
	"destinationPortRanges": ["3389", "8000-9000"],
}

test_security_rules_inline if {
	rules := azure.security_rules with input as {
		"type": "Microsoft.Network/networkSecurityGroups",
		"name": "nsg",
		"resource": {"properties": {"securityRules": [{"name": "ssh", "properties": ssh_rule}]}},
	}
	rules == {{"rule": ssh_rule, "name": "ssh", "path": ["properties", "securityRules", 0, "properties"]}}
}

test_security_rules_child_resource if {
	rules := azure.security_rules with input as {
		"type": "Microsoft.Network/networkSecurityGroups/securityRules",
		"name": "nsg/ssh",
		"resource": {"properties": ssh_rule},
	}
	rules == {{"rule": ssh_rule, "name": "nsg/ssh", "path": ["properties"]}}
}

test_sources_and_internet_source_path if {
	azure.sources(ssh_rule) == ["10.0.0.0/8", "Internet"]
	azure.internet_source_path(ssh_rule) == ["sourceAddressPrefixes", 1]
	azure.internet_source_path({"sourceAddressPrefix": "*"}) == ["sourceAddressPrefix"]
	not azure.internet_source_path({"sourceAddressPrefix": "VirtualNetwork"})
}

test_inbound_allow_from_internet if {
	azure.inbound_allow_from_internet(ssh_rule, {"tcp", "*"})
	not azure.inbound_allow_from_internet(ssh_rule, {"udp"})
	not azure.inbound_allow_from_internet(object.union(ssh_rule, {"access": "Deny"}), {"tcp"})
	not azure.inbound_allow_from_internet(object.union(ssh_rule, {"direction": "Outbound"}), {"tcp"})
	not azure.inbound_allow_from_internet(object.union(ssh_rule, {"sourceAddressPrefixes": ["10.0.0.0/8"]}), {"tcp"})

	# No protocol is any protocol.
	azure.inbound_allow_from_internet(object.remove(ssh_rule, ["protocol"]), {"*"})
}

test_opens_port if {
	azure.port_ranges(ssh_rule) == ["22", "3389", "8000-9000"]
	azure.opens_port(ssh_rule, 22)
	azure.opens_port(ssh_rule, 8080)
	not azure.opens_port(ssh_rule, 443)
	azure.opens_port({"destinationPortRange": "*"}, 443)
	azure.range_covers("*", 443)
	azure.range_covers("20-30", 25)
	not azure.range_covers("Any", 25)
}

test_port_span if {
	azure.port_span("*") == [0, 65535]
	azure.port_span("22") == [22, 22]
	azure.port_span("20-30") == [20, 30]
}

test_opens_all_ports if {
	azure.opens_all_ports({"destinationPortRange": "*"})
	azure.opens_all_ports({"destinationPortRanges": ["1-65535"]})
	not azure.opens_all_ports(ssh_rule)
}

# --- diagnostic settings ---

diag := "Microsoft.Insights/diagnosticSettings"

vault := {"id": "kv", "type": "Microsoft.KeyVault/vaults", "address": "Microsoft.KeyVault/vaults/kv-1", "format": "arm", "resource": {"name": "kv-1"}}

audit_setting := {"address": "s", "resource": {"properties": {"logs": [
	{"category": "AuditEvent", "enabled": true},
	{"categoryGroup": "allLogs", "enabled": false},
]}}}

test_diagnostic_settings_by_scope if {
	settings := azure.diagnostic_settings with input as vault
		with data.posture.referrers as {"kv": [
			{"id": "s", "type": diag, "path": "scope"},
			{"id": "t", "type": diag, "path": "properties.workspaceId"},
		]}
		with data.posture.resources as {"s": audit_setting, "t": {"address": "t"}}
		with data.posture.by_type as {}
	settings == {audit_setting}
}

legacy := "Microsoft.KeyVault/vaults/providers/diagnosticSettings"

test_diagnostic_settings_legacy_arm_form if {
	settings := azure.diagnostic_settings with input as vault
		with data.posture.referrers as {}
		with data.posture.by_type as {legacy: {
			"a": {"address": "Microsoft.KeyVault/vaults/providers/diagnosticSettings/KV-1/microsoft.insights/audit"},
			"b": {"address": "Microsoft.KeyVault/vaults/providers/diagnosticSettings/kv-10/Microsoft.Insights/audit"},
		}}
	{s.address | some s in settings} == {"Microsoft.KeyVault/vaults/providers/diagnosticSettings/KV-1/microsoft.insights/audit"}
}

test_diagnostic_settings_legacy_form_only_in_arm if {
	count(azure.diagnostic_settings) == 0 with input as object.union(vault, {"format": "terraform", "address": "azurerm_key_vault.kv"})
		with data.posture.referrers as {}
		with data.posture.by_type as {legacy: {"a": {"address": "Microsoft.KeyVault/vaults/providers/diagnosticSettings/kv-1/Microsoft.Insights/audit"}}}
}

test_enabled_logs if {
	azure.enabled_logs(audit_setting) == [{"category": "AuditEvent", "enabled": true}]
	azure.enables_logs(audit_setting)
	not azure.enables_logs({"resource": {"properties": {"metrics": [{"enabled": true}]}}})
}

test_exports_log if {
	azure.exports_log(audit_setting, "auditevent", {"audit", "alllogs"})
	not azure.exports_log(audit_setting, "AzurePolicyEvaluationDetails", {"alllogs"})
	azure.exports_log({"resource": {"properties": {"logs": [{"categoryGroup": "allLogs", "enabled": true}]}}}, "AuditEvent", {"audit", "alllogs"})
}

test_logs_unknown if {
	azure.logs_unknown({"unknown": {"properties.logs": true}})
	azure.logs_unknown({"unknown": {"properties.logs[1].enabled": true}})
	not azure.logs_unknown({"unknown": {"properties.workspaceId": true}})
	not azure.logs_unknown({})
}

# --- private endpoints ---

pe(field, groups) := {"name": "pe-kv", "resource": {"properties": {field: [{"properties": {"privateLinkServiceId": "x", "groupIds": groups}}]}}, "unknown": {}}

test_private_endpoint_links if {
	links := azure.private_endpoint_links with input as vault
		with data.posture.referrers as {"kv": [{"id": "pe", "type": "Microsoft.Network/privateEndpoints", "path": "properties.manualPrivateLinkServiceConnections[0].properties.privateLinkServiceId"}]}
		with data.posture.resources as {"pe": pe("manualPrivateLinkServiceConnections", ["vault"])}
	links == {{"endpoint": "pe-kv", "groups": ["vault"]}}
}

test_private_endpoint_for if {
	refs := {"kv": [{"id": "pe", "type": "Microsoft.Network/privateEndpoints", "path": "properties.privateLinkServiceConnections[0].properties.privateLinkServiceId"}]}
	azure.private_endpoint_for("Vault") with input as vault
		with data.posture.referrers as refs
		with data.posture.resources as {"pe": pe("privateLinkServiceConnections", ["vault"])}
	not azure.private_endpoint_for("blob") with input as vault
		with data.posture.referrers as refs
		with data.posture.resources as {"pe": pe("privateLinkServiceConnections", ["vault"])}

	# Unknown sub-resources are given the benefit of the doubt.
	azure.private_endpoint_for("blob") with input as vault
		with data.posture.referrers as refs
		with data.posture.resources as {"pe": object.union(pe("privateLinkServiceConnections", ["vault"]), {"unknown": {"properties.privateLinkServiceConnections[0].properties.groupIds": true}})}
}

test_private_endpoint_for_an_approved_connection if {
	azure.approved_private_endpoint_connection with input as {"resource": {"properties": {"privateEndpointConnections": ["x", {"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}}}
	not azure.approved_private_endpoint_connection with input as {"resource": {"properties": {"privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Pending"}}}]}}}
	azure.private_endpoint_for("vault") with input as object.union(vault, {"resource": {"properties": {"privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "approved"}}}]}}})
		with data.posture.referrers as {}
	not azure.private_endpoint_for("vault") with input as vault
		with data.posture.referrers as {}
}

# --- Defender for Cloud plans ---

pricings := "Microsoft.Security/pricings"

pricing(id, name, tier) := {"id": id, "type": pricings, "resource": {"name": name, "properties": {"pricingTier": tier}}, "unknown": {}, "names": {}, "defaults": {}, "written": {}}

test_pricing_anchor_is_the_smallest_id if {
	by_type := {pricings: {"a": pricing("a", "VirtualMachines", "Standard"), "b": pricing("b", "AI", "Free")}}
	azure.pricing_anchor with input as pricing("a", "VirtualMachines", "Standard") with data.posture.by_type as by_type
	not azure.pricing_anchor with input as pricing("b", "AI", "Free") with data.posture.by_type as by_type
}

test_plan_declared if {
	by_type := {pricings: {"a": pricing("a", "VirtualMachines", "Standard")}}
	azure.plan_declared("virtualmachines") with data.posture.by_type as by_type
	not azure.plan_declared("AI") with data.posture.by_type as by_type
	azure.plan_declared("AI") with data.posture.by_type as {pricings: {"u": {"resource": {}, "unknown": {"name": true}}}}
}

test_plan_findings_plan_off if {
	fs := azure.plan_findings("AI", "AI services") with input as pricing("b", "AI", "Free")
		with data.posture.by_type as {pricings: {"b": pricing("b", "AI", "Free")}}
	fs == {{"msg": "Defender for Cloud plan AI (AI services) is not on: properties.pricingTier is \"Free\".", "path": ["properties", "pricingTier"]}}
}

test_plan_findings_plan_missing if {
	fs := azure.plan_findings("AI", "AI services") with input as pricing("a", "VirtualMachines", "Standard")
		with data.posture.by_type as {pricings: {"a": pricing("a", "VirtualMachines", "Standard")}}
		with data.posture.config as {"complete": false}
	some f in fs
	f.status == "review"
	startswith(f.msg, "Defender for Cloud plan AI (AI services) is not configured")
	count(azure.plan_findings("VirtualMachines", "servers")) == 0 with input as pricing("a", "VirtualMachines", "Standard")
		with data.posture.by_type as {pricings: {"a": pricing("a", "VirtualMachines", "Standard")}}
}

# --- App Service ---

test_site_label if {
	azure.site_label == `"app"` with input as {"type": "Microsoft.Web/sites/config", "resource": {"name": "app/web"}}
	azure.site_label == `"app"` with input as {"type": "Microsoft.Web/sites", "name": "app", "address": "Microsoft.Web/sites/app", "format": "arm", "resource": {"name": "app"}}
}

# --- server firewall rules ---

test_ipv4 if {
	azure.ipv4("0.0.0.0") == 0
	azure.ipv4(" 255.255.255.255") == 4294967295
	azure.ipv4("10.0.0.1") == 167772161
	not azure.ipv4("10.0.0")
	not azure.ipv4("10.0.0.256")
	not azure.ipv4("[parameters('ip')]")
}

test_firewall_admits_internet if {
	azure.firewall_admits_internet with input as {"resource": {"properties": {"startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"}}}
	not azure.firewall_admits_internet with input as {"resource": {"properties": {"startIpAddress": "0.0.0.0", "endIpAddress": "0.0.0.0"}}}
	not azure.firewall_admits_internet with input as {"resource": {"properties": {"startIpAddress": "10.0.0.0"}}}
}

# --- AKS Automatic ---

test_aks_automatic if {
	azure.aks_automatic with input as {"resource": {"sku": {"name": "Automatic", "tier": "Standard"}}}
	azure.aks_automatic with input as {"resource": {"sku": {"name": "automatic"}}}
	not azure.aks_automatic with input as {"resource": {"sku": {"name": "Base"}}}
	not azure.aks_automatic with input as {"resource": {}}
}

test_aks_sku_status if {
	azure.aks_sku_status == "fail" with input as {"resource": {"sku": {"name": "Base"}}, "unknown": {}}
	azure.aks_sku_status == "fail" with input as {"resource": {}, "unknown": {}}
	azure.aks_sku_status == "review" with input as {"resource": {}, "unknown": {"sku.name": true}}
	azure.aks_sku_status == "review" with input as {"resource": {}, "unknown": {"sku": true}}
}
