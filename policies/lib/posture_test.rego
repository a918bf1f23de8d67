package posture.lib_test

import data.posture.lib

# --- the format ---

test_is_terraform if {
	lib.is_terraform with input as {"format": "terraform"}
	lib.is_terraform with input as {"format": "terraform-plan"}
	not lib.is_terraform with input as {"format": "arm"}
}

# --- known: the value, the value and its ancestors, the value and below ---

unknown_acls := {"unknown": {"properties.networkAcls": true}}

test_known_is_the_value_itself if {
	lib.known("properties.publicNetworkAccess") with input as unknown_acls
	not lib.known("properties.networkAcls") with input as unknown_acls

	# An unknown object does not make known() false below it.
	lib.known("properties.networkAcls.defaultAction") with input as unknown_acls
}

test_known_with_ancestors if {
	not lib.known_with_ancestors(["properties", "networkAcls", "defaultAction"]) with input as unknown_acls
	not lib.known_with_ancestors(["properties", "networkAcls"]) with input as unknown_acls
	lib.known_with_ancestors(["properties", "publicNetworkAccess"]) with input as unknown_acls
	lib.known_with_ancestors(["properties", "networkAcls", "defaultAction"]) with input as {"unknown": {}}
	not lib.known_with_ancestors(["rules", 0, "port"]) with input as {"unknown": {"rules[0]": true}}
}

test_known_under if {
	not lib.known_under("properties") with input as unknown_acls
	not lib.known_under("properties.networkAcls") with input as unknown_acls
	lib.known_under("properties.networkAcls.defaultAction") with input as unknown_acls
	lib.known_under("identity") with input as unknown_acls
}

test_unknown_under_reads_the_resource_given if {
	setting := {"unknown": {"properties.logs[0].enabled": true}}
	lib.unknown_under(setting, "properties.logs")
	not lib.unknown_under(setting, "properties.metrics")
	not lib.unknown_under({}, "properties.logs")
}

test_known_prefix if {
	lib.known_prefix(["member"]) == "serviceAccount:" with input as {"unknown_prefix": {"member": "serviceAccount:"}}
	lib.known_prefix(["role"]) == "" with input as {"unknown_prefix": {"member": "serviceAccount:"}}
}

# --- paths and names ---

test_path_string if {
	lib.path_string(["properties", "publicNetworkAccess"]) == "properties.publicNetworkAccess"
	lib.path_string(["properties", "networkAcls", "ipRules", 0, "value"]) == "properties.networkAcls.ipRules[0].value"
	lib.path_string(["ingress", 1]) == "ingress[1]"
	lib.path_string(["x"]) == "x"
}

test_attr if {
	names := {"names": {"properties.publicNetworkAccess": "public_network_access_enabled"}}
	lib.attr("properties.publicNetworkAccess") == "public_network_access_enabled" with input as names
	lib.attr("properties.disableLocalAuth") == "properties.disableLocalAuth" with input as names
}

test_has_value if {
	lib.has_value(["a", "b"]) with input as {"resource": {"a": {"b": false}}}
	not lib.has_value(["a", "b"]) with input as {"resource": {"a": {"b": null}}}
	not lib.has_value(["a", "c"]) with input as {"resource": {"a": {"b": 1}}}
}

# --- found: the offending value in the user's syntax ---

pna := ["properties", "publicNetworkAccess"]

test_found_arm_value if {
	lib.found(pna, "enabled by default") == `properties.publicNetworkAccess is "Enabled"` with input as {
		"resource": {"properties": {"publicNetworkAccess": "Enabled"}},
		"names": {}, "defaults": {}, "written": {},
	}
}

test_found_terraform_quotes_the_source if {
	lib.found(pna, "enabled by default") == "public_network_access_enabled = true" with input as {
		"resource": {"properties": {"publicNetworkAccess": "Enabled"}},
		"names": {"properties.publicNetworkAccess": "public_network_access_enabled"},
		"defaults": {},
		"written": {"properties.publicNetworkAccess": "true"},
	}
}

test_found_not_set if {
	lib.found(pna, "enabled by default") == "properties.publicNetworkAccess is not set (enabled by default)" with input as {
		"resource": {"properties": {}},
		"names": {}, "defaults": {}, "written": {},
	}
	lib.found(pna, "") == "properties.publicNetworkAccess is not set" with input as {
		"resource": {"properties": {}},
		"names": {}, "defaults": {}, "written": {},
	}
}

test_found_provider_default_is_not_set if {
	lib.found(pna, "enabled by default") == "public_network_access_enabled is not set (enabled by default)" with input as {
		"resource": {"properties": {"publicNetworkAccess": "Enabled"}},
		"names": {"properties.publicNetworkAccess": "public_network_access_enabled"},
		"defaults": {"properties.publicNetworkAccess": true},
		"written": {},
	}
}

# --- comparisons, graph data, parameters ---

test_port_range_covers if {
	lib.port_range_covers("22", 22)
	not lib.port_range_covers("22", 23)
	lib.port_range_covers("20-30", 20)
	lib.port_range_covers("20 - 30", 30)
	not lib.port_range_covers("20-30", 31)
	not lib.port_range_covers("*", 22)
	not lib.port_range_covers("1-2-3", 2)
}

test_eq_ci if {
	lib.eq_ci("Disabled", "disabled")
	not lib.eq_ci("Disabled", "Enabled")
	not lib.eq_ci(false, "false")
}

test_in_scan if {
	lib.in_scan("aws_bedrock_model_invocation_logging_configuration") with data.posture.by_type as {"aws_bedrock_model_invocation_logging_configuration": {"x": {}}}
	not lib.in_scan("aws_bedrock_model_invocation_logging_configuration") with data.posture.by_type as {"aws_bedrock_model_invocation_logging_configuration": {}}
	not lib.in_scan("aws_bedrock_model_invocation_logging_configuration") with data.posture.by_type as {}
}

test_referrers if {
	refs := lib.referrers("Microsoft.Network/privateEndpoints") with input as {"id": "acct"}
		with data.posture.referrers as {"acct": [
			{"id": "pe", "type": "Microsoft.Network/privateEndpoints", "path": "x"},
			{"id": "diag", "type": "Microsoft.Insights/diagnosticSettings", "path": "scope"},
		]}
		with data.posture.resources as {"pe": {"name": "pe1"}, "diag": {"name": "d1"}}
	refs == [{"name": "pe1"}]
}

test_referrers_none if {
	lib.referrers("Microsoft.Network/privateEndpoints") == [] with input as {"id": "acct"}
		with data.posture.referrers as {}
}

test_params if {
	lib.params("AZ-SQL-003") == {"max_addresses": 256} with data.posture.params as {"AZ-SQL-003": {"max_addresses": 256}}
	lib.params("AZ-SQL-004") == {} with data.posture.params as {"AZ-SQL-003": {"max_addresses": 256}}
}

# --- label ---

test_label if {
	lib.label == `"openai"` with input as {"name": "openai", "address": "azurerm_cognitive_account.openai", "format": "terraform"}
}

test_label_names_the_module_instance if {
	lib.label == `"openai" (module.ai["east"].azurerm_cognitive_account.this)` with input as {
		"name": "openai",
		"address": `module.ai["east"].azurerm_cognitive_account.this`,
		"format": "terraform",
	}
}

test_label_without_a_name if {
	lib.label == "azurerm_cognitive_account.openai" with input as {"name": "", "address": "azurerm_cognitive_account.openai", "format": "terraform"}
}

# --- the status of graph findings (§0.5) ---

test_graph_status if {
	lib.graph_status == "review" with data.posture.config as {"complete": false}
	lib.graph_status == "review" with data.posture.config as {}
	lib.graph_status == "fail" with data.posture.config as {"complete": true}
}

test_complete if {
	lib.complete with data.posture.config as {"complete": true}
	not lib.complete with data.posture.config as {"complete": false}
	not lib.complete with data.posture.config as {}
}

test_and_list if {
	lib.and_list(["api"]) == "api"
	lib.and_list(["api", "audit"]) == "api and audit"
	lib.and_list(["api", "audit", "scheduler"]) == "api, audit and scheduler"
}
