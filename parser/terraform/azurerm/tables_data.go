package azurerm

// Data and secrets around AI workloads: Storage, Key Vault, Cosmos DB,
// Azure SQL, Container Registry.

// storageNetwork is the storage firewall, inline (network_rules.*) or as
// the separate azurerm_storage_account_network_rules (prefix "").
func storageNetwork(prefix string) []entry {
	return []entry{
		f(prefix+"default_action", "properties.networkAcls.defaultAction"),
		fc(prefix+"ip_rules", "properties.networkAcls.ipRules", objects("value", "action", "Allow")),
		fc(prefix+"virtual_network_subnet_ids", "properties.networkAcls.virtualNetworkRules", objects("id", "action", "Allow")),
		fc(prefix+"bypass", "properties.networkAcls.bypass", joined(", ")),
		list(prefix+"private_link_access", "properties.networkAcls.resourceAccessRules",
			f("endpoint_resource_id", "resourceId"),
			f("endpoint_tenant_id", "tenantId"),
		),
	}
}

// vaultAccessPolicy is one access policy, inline or separate.
func vaultAccessPolicy() []entry {
	return []entry{
		f("tenant_id", "tenantId"),
		f("object_id", "objectId"),
		f("application_id", "applicationId"),
		f("key_permissions", "permissions.keys"),
		f("secret_permissions", "permissions.secrets"),
		f("certificate_permissions", "permissions.certificates"),
		f("storage_permissions", "permissions.storage"),
	}
}

// prefixed re-roots entries under an ARM path prefix.
func prefixed(arm string, es []entry) []entry {
	base := mustPath(arm)
	out := make([]entry, len(es))
	for i, e := range es {
		e.arm = join(base, e.arm)
		out[i] = e
	}
	return out
}

var dataMappings = map[string]mapping{
	"azurerm_storage_account": {"Microsoft.Storage/storageAccounts", top(concat([]entry{
		f("account_kind", "kind").or("StorageV2"),
		f("account_tier", "sku.tier"),
		f("access_tier", "properties.accessTier"),
		f("https_traffic_only_enabled", "properties.supportsHttpsTrafficOnly").or(true),
		f("enable_https_traffic_only", "properties.supportsHttpsTrafficOnly"),
		f("min_tls_version", "properties.minimumTlsVersion").or("TLS1_2"),
		f("allow_nested_items_to_be_public", "properties.allowBlobPublicAccess").orSince(true, "4.59.0", false),
		f("shared_access_key_enabled", "properties.allowSharedKeyAccess").or(true),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("default_to_oauth_authentication", "properties.defaultToOAuthAuthentication").or(false),
		f("cross_tenant_replication_enabled", "properties.allowCrossTenantReplication").orSince(true, "4.0.0", false),
		f("infrastructure_encryption_enabled", "properties.encryption.requireInfrastructureEncryption").or(false),
		f("is_hns_enabled", "properties.isHnsEnabled"),
		f("sftp_enabled", "properties.isSftpEnabled"),
		f("nfsv3_enabled", "properties.isNfsV3Enabled"),
		f("local_user_enabled", "properties.isLocalUserEnabled"),
		f("allowed_copy_scope", "properties.allowedCopyScope"),
		fc("customer_managed_key", "properties.encryption.keySource", presence("keySource", "Microsoft.Keyvault")),
		fc("customer_managed_key.key_vault_key_id", "properties.encryption.keyvaultproperties",
			keyVaultKey("keyvaulturi", "keyname", "keyversion")),
		f("customer_managed_key.user_assigned_identity_id", "properties.encryption.identity.userAssignedIdentity"),
	}, storageNetwork("network_rules."))...)},

	// A fragment of the account: Fold merges it into properties.networkAcls.
	"azurerm_storage_account_network_rules": {"Microsoft.Storage/storageAccounts#networkAcls", concat(
		[]entry{parentID("storage_account_id"), parentID("storage_account_name")},
		storageNetwork(""),
	)},

	"azurerm_storage_container": {"Microsoft.Storage/storageAccounts/blobServices/containers", concat(
		child("storage_account_id"),
		[]entry{
			parentID("storage_account_name"),
			fc("container_access_type", "properties.publicAccess",
				enum("private", "None", "blob", "Blob", "container", "Container")).or("None"),
			f("metadata", "properties.metadata"),
		},
	)},

	"azurerm_key_vault": {"Microsoft.KeyVault/vaults", top(
		f("tenant_id", "properties.tenantId"),
		f("sku_name", "properties.sku.name"),
		fixed("properties.sku.family", "A"),
		f("purge_protection_enabled", "properties.enablePurgeProtection").or(false),
		// Soft delete cannot be turned off from azurerm 3.0 on.
		fixed("properties.enableSoftDelete", true),
		f("soft_delete_retention_days", "properties.softDeleteRetentionInDays").or(int64(90)),
		f("rbac_authorization_enabled", "properties.enableRbacAuthorization").or(false),
		f("enable_rbac_authorization", "properties.enableRbacAuthorization"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("enabled_for_deployment", "properties.enabledForDeployment").or(false),
		f("enabled_for_disk_encryption", "properties.enabledForDiskEncryption").or(false),
		f("enabled_for_template_deployment", "properties.enabledForTemplateDeployment").or(false),
		f("network_acls.default_action", "properties.networkAcls.defaultAction"),
		f("network_acls.bypass", "properties.networkAcls.bypass"),
		fc("network_acls.ip_rules", "properties.networkAcls.ipRules", objects("value")),
		fc("network_acls.virtual_network_subnet_ids", "properties.networkAcls.virtualNetworkRules", objects("id")),
		list("access_policy", "properties.accessPolicies", vaultAccessPolicy()...),
	)},

	// Fold appends it to the vault's properties.accessPolicies.
	"azurerm_key_vault_access_policy": {"Microsoft.KeyVault/vaults/accessPolicies", concat(
		[]entry{parentID("key_vault_id"), fixed("name", "add")},
		prefixed("properties.accessPolicies[0]", vaultAccessPolicy()),
	)},

	"azurerm_key_vault_key": {"Microsoft.KeyVault/vaults/keys", child("key_vault_id",
		f("key_type", "properties.kty"),
		f("key_size", "properties.keySize"),
		f("curve", "properties.curveName"),
		f("key_opts", "properties.keyOps"),
		fc("expiration_date", "properties.attributes.exp", epoch),
		fc("not_before_date", "properties.attributes.nbf", epoch),
		f("rotation_policy.expire_after", "properties.rotationPolicy.attributes.expiryTime"),
		f("tags", "tags"),
	)},

	"azurerm_key_vault_secret": {"Microsoft.KeyVault/vaults/secrets", child("key_vault_id",
		f("value", "properties.value"),
		f("content_type", "properties.contentType"),
		fc("expiration_date", "properties.attributes.exp", epoch),
		fc("not_before_date", "properties.attributes.nbf", epoch),
		f("tags", "tags"),
	)},

	"azurerm_cosmosdb_account": {"Microsoft.DocumentDB/databaseAccounts", top(
		f("kind", "kind").or("GlobalDocumentDB"),
		f("offer_type", "properties.databaseAccountOfferType"),
		// v5 spelling first; v3/v4 said local_authentication_disabled.
		fc("local_authentication_enabled", "properties.disableLocalAuth", not).or(false),
		f("local_authentication_disabled", "properties.disableLocalAuth"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		fc("ip_range_filter", "properties.ipRules", objects("ipAddressOrRange")),
		f("is_virtual_network_filter_enabled", "properties.isVirtualNetworkFilterEnabled").or(false),
		list("virtual_network_rule", "properties.virtualNetworkRules",
			f("id", "id"),
			f("ignore_missing_vnet_service_endpoint", "ignoreMissingVNetServiceEndpoint"),
		),
		fc("access_key_metadata_writes_enabled", "properties.disableKeyBasedMetadataWriteAccess", not).or(false),
		fc("network_acl_bypass_for_azure_services", "properties.networkAclBypass",
			enumOfBool("networkAclBypass", "AzureServices", "None")).or("None"),
		f("network_acl_bypass_ids", "properties.networkAclBypassResourceIds"),
		f("key_vault_key_id", "properties.keyVaultKeyUri"),
		f("minimal_tls_version", "properties.minimalTlsVersion").or("Tls12"),
		f("free_tier_enabled", "properties.enableFreeTier"),
		f("analytical_storage_enabled", "properties.enableAnalyticalStorage"),
		f("automatic_failover_enabled", "properties.enableAutomaticFailover"),
		f("enable_automatic_failover", "properties.enableAutomaticFailover"),
		f("multiple_write_locations_enabled", "properties.enableMultipleWriteLocations"),
		f("consistency_policy.consistency_level", "properties.consistencyPolicy.defaultConsistencyLevel"),
		list("geo_location", "properties.locations",
			f("location", "locationName"),
			f("failover_priority", "failoverPriority"),
			f("zone_redundant", "isZoneRedundant"),
		),
	)},

	"azurerm_mssql_server": {"Microsoft.Sql/servers", top(
		f("version", "properties.version"),
		f("administrator_login", "properties.administratorLogin"),
		f("administrator_login_password", "properties.administratorLoginPassword"),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("minimum_tls_version", "properties.minimalTlsVersion").or("1.2"),
		fc("outbound_network_restriction_enabled", "properties.restrictOutboundNetworkAccess", enabled).or("Disabled"),
		f("primary_user_assigned_identity_id", "properties.primaryUserAssignedIdentityId"),
		f("transparent_data_encryption_key_vault_key_id", "properties.keyId"),
		f("azuread_administrator.login_username", "properties.administrators.login"),
		f("azuread_administrator.object_id", "properties.administrators.sid"),
		f("azuread_administrator.tenant_id", "properties.administrators.tenantId"),
		f("azuread_administrator.azuread_authentication_only", "properties.administrators.azureADOnlyAuthentication").orInBlock(false),
	)},

	"azurerm_mssql_firewall_rule": {"Microsoft.Sql/servers/firewallRules", child("server_id",
		f("start_ip_address", "properties.startIpAddress"),
		f("end_ip_address", "properties.endIpAddress"),
	)},

	"azurerm_mssql_server_extended_auditing_policy": {"Microsoft.Sql/servers/auditingSettings", []entry{
		parentID("server_id"),
		fixed("name", "default"),
		fc("enabled", "properties.state", enabled).or("Enabled"),
		f("storage_endpoint", "properties.storageEndpoint"),
		f("retention_in_days", "properties.retentionDays").or(int64(0)),
		f("log_monitoring_enabled", "properties.isAzureMonitorTargetEnabled").or(true),
		f("storage_account_access_key_is_secondary", "properties.isStorageSecondaryKeyInUse"),
		f("storage_account_subscription_id", "properties.storageAccountSubscriptionId"),
		f("audit_actions_and_groups", "properties.auditActionsAndGroups"),
		f("predicate_expression", "properties.predicateExpression"),
	}},

	"azurerm_container_registry": {"Microsoft.ContainerRegistry/registries", top(
		f("sku", "sku.name"),
		f("admin_enabled", "properties.adminUserEnabled").or(false),
		f("anonymous_pull_enabled", "properties.anonymousPullEnabled").or(false),
		fc("public_network_access_enabled", "properties.publicNetworkAccess", enabled).or("Enabled"),
		f("network_rule_set.default_action", "properties.networkRuleSet.defaultAction").orInBlock("Allow"),
		list("network_rule_set.ip_rule", "properties.networkRuleSet.ipRules",
			f("action", "action"),
			f("ip_range", "value"),
		),
		f("network_rule_bypass_option", "properties.networkRuleBypassOptions").or("AzureServices"),
		f("data_endpoint_enabled", "properties.dataEndpointEnabled"),
		fc("zone_redundancy_enabled", "properties.zoneRedundancy", enabled),
		fc("export_policy_enabled", "properties.policies.exportPolicy.status", enabledLower),
		fc("quarantine_policy_enabled", "properties.policies.quarantinePolicy.status", enabledLower),
		fc("trust_policy_enabled", "properties.policies.trustPolicy.status", enabledLower),
		f("retention_policy_in_days", "properties.policies.retentionPolicy.days"),
		fc("encryption", "properties.encryption.status", presence("status", "enabled")),
		f("encryption.key_vault_key_id", "properties.encryption.keyVaultProperties.keyIdentifier"),
		f("encryption.identity_client_id", "properties.encryption.keyVaultProperties.identity"),
	)},
}
