package posture.lib.azure_ai_test

import data.posture.lib.azure_ai

account := {
	"id": "oai",
	"type": "Microsoft.CognitiveServices/accounts",
	"address": "Microsoft.CognitiveServices/accounts/oai",
	"format": "arm",
	"name": "oai",
	"resource": {"name": "oai", "properties": {"publicNetworkAccess": "Disabled", "disableLocalAuth": false}},
	"unknown": {},
	"defaults": {"properties.disableLocalAuth": true},
	"refs": [],
}

test_declared_is_written_by_the_user if {
	azure_ai.declared(["properties", "publicNetworkAccess"]) with input as account
	not azure_ai.declared(["properties", "disableLocalAuth"]) with input as account
	not azure_ai.declared(["properties", "encryption"]) with input as account
}

test_in_ci if {
	azure_ai.in_ci("ComputeInstance", {"computeinstance", "amlcompute"})
	not azure_ai.in_ci("Kubernetes", {"computeinstance", "amlcompute"})
	not azure_ai.in_ci(null, {"null"})
}

# --- parents and referrers ---

test_parents if {
	deployment := {"refs": [{"path": "name", "target": "oai"}, {"path": "properties.x", "target": "other"}]}
	azure_ai.parents == {{"name": "oai"}} with input as deployment
		with data.posture.resources as {"oai": {"name": "oai"}, "other": {"name": "other"}}
	azure_ai.parent_declared with input as deployment
	not azure_ai.parent_declared with input as {"refs": []}
}

test_referring if {
	azure_ai.referring("Microsoft.Network/privateEndpoints") == [{"res": {"name": "pe"}, "path": "p"}] with input as account
		with data.posture.referrers as {"oai": [
			{"id": "pe", "type": "Microsoft.Network/privateEndpoints", "path": "p"},
			{"id": "d", "type": "Microsoft.Insights/diagnosticSettings", "path": "scope"},
		]}
		with data.posture.resources as {"pe": {"name": "pe"}, "d": {"name": "d"}}
}

# --- private endpoints ---

pe_ref := {"oai": [{"id": "pe", "type": "Microsoft.Network/privateEndpoints", "path": "properties.privateLinkServiceConnections[0].properties.privateLinkServiceId"}]}

endpoint(groups, unknown) := {"pe": {
	"name": "pe-oai",
	"resource": {"properties": {"privateLinkServiceConnections": [{"properties": {"groupIds": groups}}]}},
	"unknown": unknown,
}}

test_private_endpoints if {
	azure_ai.private_endpoints == {{"name": "pe-oai", "groups": {"account"}, "known": true}} with input as account
		with data.posture.referrers as pe_ref
		with data.posture.resources as endpoint(["Account"], {})
	azure_ai.private_endpoints == {{"name": "pe-oai", "groups": set(), "known": false}} with input as account
		with data.posture.referrers as pe_ref
		with data.posture.resources as endpoint([], {"properties.privateLinkServiceConnections[0].properties.groupIds": true})
}

test_private_link_verdicts if {
	azure_ai.private_link("account") == "ok" with input as account
		with data.posture.referrers as pe_ref
		with data.posture.resources as endpoint(["account"], {})
	azure_ai.private_link("account") == "unknown" with input as account
		with data.posture.referrers as pe_ref
		with data.posture.resources as endpoint([], {"properties.privateLinkServiceConnections[0].properties.groupIds": true})
	azure_ai.private_link("searchservice") == "wrong" with input as account
		with data.posture.referrers as pe_ref
		with data.posture.resources as endpoint(["account"], {})
	azure_ai.private_link("account") == "none" with input as account
		with data.posture.referrers as {}
	azure_ai.private_endpoint_names == `"pe-oai" (account)` with input as account
		with data.posture.referrers as pe_ref
		with data.posture.resources as endpoint(["account"], {})
}

test_private_link_approved_connection if {
	approved := object.union(account, {"resource": {"properties": {"privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}}})
	azure_ai.private_link("account") == "ok" with input as approved
		with data.posture.referrers as {}
}

# --- diagnostic settings ---

diag_ref := {"oai": [{"id": "d", "type": "Microsoft.Insights/diagnosticSettings", "path": "scope"}]}

test_diagnostics_verdicts if {
	azure_ai.diagnostics == "ok" with input as account
		with data.posture.referrers as diag_ref
		with data.posture.resources as {"d": {"resource": {"properties": {"logs": [{"categoryGroup": "audit", "enabled": true}]}}, "unknown": {}}}
		with data.posture.by_type as {}
	azure_ai.diagnostics == "unknown" with input as account
		with data.posture.referrers as diag_ref
		with data.posture.resources as {"d": {"resource": {"properties": {}}, "unknown": {"properties.logs": true}}}
		with data.posture.by_type as {}
	azure_ai.diagnostics == "no_logs" with input as account
		with data.posture.referrers as diag_ref
		with data.posture.resources as {"d": {"resource": {"properties": {"metrics": [{"enabled": true}]}}, "unknown": {}}}
		with data.posture.by_type as {}
	azure_ai.diagnostics == "none" with input as account
		with data.posture.referrers as {}
		with data.posture.by_type as {}
}

# --- nouns and kinds ---

test_noun if {
	azure_ai.noun == "Cognitive Services account" with input as account
	not azure_ai.noun with input as {"type": "Microsoft.Storage/storageAccounts"}
}

test_ws_noun if {
	azure_ai.ws_noun == "AI Foundry hub" with input as {"resource": {"kind": "Hub"}}
	azure_ai.ws_noun == "Machine Learning workspace" with input as {"resource": {"kind": "Default"}}
	azure_ai.ws_noun == "Machine Learning workspace" with input as {"resource": {}}
}

test_project_inherits_what_it_leaves_unset if {
	project := {"resource": {"kind": "project", "properties": {"publicNetworkAccess": "Disabled"}}, "defaults": {}}
	azure_ai.is_project with input as project
	azure_ai.inherited(["properties", "encryption"]) with input as project
	not azure_ai.inherited(["properties", "publicNetworkAccess"]) with input as project
	not azure_ai.inherited(["properties", "encryption"]) with input as {"resource": {"kind": "Hub"}, "defaults": {}}
}

test_is_vm_compute if {
	azure_ai.is_vm_compute with input as {"resource": {"properties": {"computeType": "AmlCompute"}}}
	not azure_ai.is_vm_compute with input as {"resource": {"properties": {"computeType": "Kubernetes"}}}
}
