package azurerm

// The AI platform: Cognitive Services / Azure OpenAI / AI Services
// accounts, their deployments and content filters, Azure Machine Learning
// and AI Foundry workspaces and computes, AI Search.

// top are the attributes every top-level resource has.
func top(es ...entry) []entry {
	return append([]entry{
		f("name", "name"),
		f("location", "location"),
		f("tags", "tags"),
		f("identity.type", "identity.type"),
		fc("identity.identity_ids", "identity.userAssignedIdentities", userIdentities),
	}, es...)
}

// child are the attributes of a child resource: its name and its parent.
func child(parentAttr string, es ...entry) []entry {
	return append([]entry{f("name", "name"), parentID(parentAttr)}, es...)
}

// cognitiveNetwork is the network_acls block of Cognitive Services accounts
// (azurerm_cognitive_account and azurerm_ai_services alike).
var cognitiveNetwork = []entry{
	f("network_acls.default_action", "properties.networkAcls.defaultAction"),
	fc("network_acls.ip_rules", "properties.networkAcls.ipRules", objects("value")),
	f("network_acls.bypass", "properties.networkAcls.bypass"),
	list("network_acls.virtual_network_rules", "properties.networkAcls.virtualNetworkRules",
		f("subnet_id", "id"),
		f("ignore_missing_vnet_service_endpoint", "ignoreMissingVnetServiceEndpoint"),
	),
	f("custom_subdomain_name", "properties.customSubDomainName"),
	f("outbound_network_access_restricted", "properties.restrictOutboundNetworkAccess").or(false),
	f("fqdns", "properties.allowedFqdnList"),
	f("sku_name", "sku.name"),
	f("dynamic_throttling_enabled", "properties.dynamicThrottlingEnabled"),
	fc("customer_managed_key", "properties.encryption.keySource", presence("keySource", "Microsoft.KeyVault")),
	fc("customer_managed_key.key_vault_key_id", "properties.encryption.keyVaultProperties",
		keyVaultKey("keyVaultUri", "keyName", "keyVersion")),
	f("customer_managed_key.identity_client_id", "properties.encryption.keyVaultProperties.identityClientId"),
	list("storage", "properties.userOwnedStorage",
		f("storage_account_id", "resourceId"),
		f("identity_client_id", "identityClientId"),
	),
}

// workspaceLinks are the resources an ML workspace or AI Foundry hub uses.
var workspaceLinks = []entry{
	f("storage_account_id", "properties.storageAccount"),
	f("key_vault_id", "properties.keyVault"),
	f("application_insights_id", "properties.applicationInsights"),
	f("container_registry_id", "properties.containerRegistry"),
	f("primary_user_assigned_identity", "properties.primaryUserAssignedIdentity"),
	f("friendly_name", "properties.friendlyName"),
	f("description", "properties.description"),
	// ML service default: no managed network (PNA computed by the service).
	f("managed_network.isolation_mode", "properties.managedNetwork.isolationMode").or("Disabled"),
	fc("encryption", "properties.encryption.status", presence("status", "Enabled")),
	f("encryption.key_vault_id", "properties.encryption.keyVaultProperties.keyVaultArmId"),
	f("encryption.key_id", "properties.encryption.keyVaultProperties.keyIdentifier"),
	f("encryption.user_assigned_identity_id", "properties.encryption.identity.userAssignedIdentity"),
}

func concat(parts ...[]entry) []entry {
	var out []entry
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var aiMappings = map[string]mapping{
	"azurerm_cognitive_account": {"Microsoft.CognitiveServices/accounts", top(concat([]entry{
		f("kind", "kind"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		fc("local_auth_enabled", "properties.disableLocalAuth", not).or(false),
		f("project_management_enabled", "properties.allowProjectManagement"),
	}, cognitiveNetwork)...)},

	// azurerm v4 only (removed in v5); always kind AIServices, and its
	// network and key attributes are spelled differently.
	"azurerm_ai_services": {"Microsoft.CognitiveServices/accounts", top(concat([]entry{
		fixed("kind", "AIServices"),
		f("public_network_access", "properties.publicNetworkAccess").or("Enabled"),
		fc("local_authentication_enabled", "properties.disableLocalAuth", not).or(false),
		f("customer_managed_key.managed_hsm_key_id", "properties.encryption.keyVaultProperties.keyIdentifier"),
	}, cognitiveNetwork)...)},

	"azurerm_cognitive_deployment": {"Microsoft.CognitiveServices/accounts/deployments", child("cognitive_account_id",
		f("model.format", "properties.model.format"),
		f("model.name", "properties.model.name"),
		f("model.version", "properties.model.version"),
		// Computed: the service applies its default content filter.
		f("rai_policy_name", "properties.raiPolicyName").or("Microsoft.DefaultV2"),
		f("version_upgrade_option", "properties.versionUpgradeOption").or("OnceNewDefaultVersionAvailable"),
		f("dynamic_throttling_enabled", "properties.dynamicThrottlingEnabled"),
		f("sku.name", "sku.name"),
		f("sku.capacity", "sku.capacity"),
		// azurerm v3 spelled the sku "scale".
		f("scale.type", "sku.name"),
		f("scale.capacity", "sku.capacity"),
	)},

	"azurerm_cognitive_account_rai_policy": {"Microsoft.CognitiveServices/accounts/raiPolicies", child("cognitive_account_id",
		f("base_policy_name", "properties.basePolicyName"),
		f("mode", "properties.mode"),
		list("content_filter", "properties.contentFilters",
			f("name", "name"),
			f("filter_enabled", "enabled"),
			f("block_enabled", "blocking"),
			f("severity_threshold", "severityThreshold"),
			f("source", "source"),
		),
		list("custom_block_list", "properties.customBlocklists",
			f("rai_blocklist_name", "blocklistName"),
			f("block_enabled", "blocking"),
			f("source", "source"),
		),
	)},

	// A fragment of the account: Fold merges it into properties.encryption.
	"azurerm_cognitive_account_customer_managed_key": {"Microsoft.CognitiveServices/accounts#encryption", []entry{
		parentID("cognitive_account_id"),
		fixed("properties.encryption.keySource", "Microsoft.KeyVault"),
		fc("key_vault_key_id", "properties.encryption.keyVaultProperties",
			keyVaultKey("keyVaultUri", "keyName", "keyVersion")),
		f("managed_hsm_key_id", "properties.encryption.keyVaultProperties.keyIdentifier"),
		f("identity_client_id", "properties.encryption.keyVaultProperties.identityClientId"),
	}},

	"azurerm_machine_learning_workspace": {"Microsoft.MachineLearningServices/workspaces", top(concat([]entry{
		f("kind", "kind").or("Default"),
		f("sku_name", "sku.name"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("high_business_impact", "properties.hbiWorkspace").or(false),
		f("storage_account_access_type", "properties.systemDatastoresAuthMode").or("accessKey"),
		f("image_build_compute_name", "properties.imageBuildCompute"),
		f("v1_legacy_mode_enabled", "properties.v1LegacyMode"),
		fc("serverless_compute.public_ip_enabled", "properties.serverlessComputeSettings.serverlessComputeNoPublicIP", not),
		f("serverless_compute.subnet_id", "properties.serverlessComputeSettings.serverlessComputeCustomSubnet"),
	}, workspaceLinks)...)},

	"azurerm_ai_foundry": {"Microsoft.MachineLearningServices/workspaces", top(concat([]entry{
		fixed("kind", "Hub"),
		f("public_network_access", "properties.publicNetworkAccess").or("Enabled"),
		f("high_business_impact_enabled", "properties.hbiWorkspace").or(false),
	}, workspaceLinks)...)},

	// A project inherits network settings from its hub, so no network
	// default is filled in here.
	"azurerm_ai_foundry_project": {"Microsoft.MachineLearningServices/workspaces", top(
		fixed("kind", "Project"),
		f("ai_services_hub_id", "properties.hubResourceId"),
		f("high_business_impact_enabled", "properties.hbiWorkspace"),
		f("primary_user_assigned_identity", "properties.primaryUserAssignedIdentity"),
		f("friendly_name", "properties.friendlyName"),
		f("description", "properties.description"),
	)},

	"azurerm_machine_learning_compute_instance": {"Microsoft.MachineLearningServices/workspaces/computes", concat(
		child("machine_learning_workspace_id",
			f("location", "location"),
			f("tags", "tags"),
			f("identity.type", "identity.type"),
			fc("identity.identity_ids", "identity.userAssignedIdentities", userIdentities),
			fixed("properties.computeType", "ComputeInstance"),
			f("description", "properties.description"),
			fc("local_auth_enabled", "properties.disableLocalAuth", not).or(false),
			f("node_public_ip_enabled", "properties.properties.enableNodePublicIp").or(true),
			// azurerm turns public SSH on whenever an ssh block (a key) is
			// declared.
			fc("ssh", "properties.properties.sshSettings.sshPublicAccess", presence("sshPublicAccess", "Enabled")).or("Disabled"),
			f("ssh.public_key", "properties.properties.sshSettings.adminPublicKey"),
			f("subnet_resource_id", "properties.properties.subnet.id"),
			f("virtual_machine_size", "properties.properties.vmSize"),
			f("authorization_type", "properties.properties.computeInstanceAuthorizationType"),
			f("assign_to_user.object_id", "properties.properties.personalComputeInstanceSettings.assignedUser.objectId"),
			f("assign_to_user.tenant_id", "properties.properties.personalComputeInstanceSettings.assignedUser.tenantId"),
		),
	)},

	"azurerm_machine_learning_compute_cluster": {"Microsoft.MachineLearningServices/workspaces/computes", concat(
		child("machine_learning_workspace_id",
			f("location", "location"),
			f("tags", "tags"),
			f("identity.type", "identity.type"),
			fc("identity.identity_ids", "identity.userAssignedIdentities", userIdentities),
			fixed("properties.computeType", "AmlCompute"),
			f("description", "properties.description"),
			fc("local_auth_enabled", "properties.disableLocalAuth", not).or(false),
			f("node_public_ip_enabled", "properties.properties.enableNodePublicIp").or(true),
			fc("ssh_public_access_enabled", "properties.properties.remoteLoginPortPublicAccess", enabled).or("Disabled"),
			f("subnet_resource_id", "properties.properties.subnet.id"),
			f("vm_size", "properties.properties.vmSize"),
			f("vm_priority", "properties.properties.vmPriority"),
			f("scale_settings.min_node_count", "properties.properties.scaleSettings.minNodeCount"),
			f("scale_settings.max_node_count", "properties.properties.scaleSettings.maxNodeCount"),
			f("scale_settings.scale_down_nodes_after_idle_duration", "properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown"),
		),
	)},

	"azurerm_search_service": {"Microsoft.Search/searchServices", top(
		f("sku", "sku.name"),
		// AI Search spells its enums in lower case.
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabledLower).or("enabled"),
		fc("local_authentication_enabled", "properties.disableLocalAuth", not).or(false),
		fc("allowed_ips", "properties.networkRuleSet.ipRules", objects("value")),
		f("network_rule_bypass_option", "properties.networkRuleSet.bypass"),
		fc("customer_managed_key_enforcement_enabled", "properties.encryptionWithCmk.enforcement",
			enumOfBool("cmkEnforcement", "Enabled", "Unspecified")).or("Unspecified"),
		f("authentication_failure_mode", "properties.authOptions.aadOrApiKey.aadAuthFailureMode"),
		f("replica_count", "properties.replicaCount"),
		f("partition_count", "properties.partitionCount"),
		f("hosting_mode", "properties.hostingMode"),
		f("semantic_search_sku", "properties.semanticSearch"),
	)},
}
