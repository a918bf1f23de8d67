package azurerm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

type obj = map[string]any

func blk(m obj) []any { return []any{m} }

// TestConvertTypes converts one realistic resource per type and compares
// the whole ARM body: the shape a policy written against ARM reads.
func TestConvertTypes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		typ     string
		version string
		in      obj
		armType string
		want    obj
		names   map[string]string
		meta    map[string]string
	}{
		{
			name: "OpenAI account with network ACLs and CMK",
			typ:  "azurerm_cognitive_account",
			in: obj{
				"name": "oai", "location": "swedencentral", "kind": "OpenAI", "sku_name": "S0",
				"custom_subdomain_name": "oai-docs",
				"local_auth_enabled":    false,
				"network_acls": blk(obj{
					"default_action": "Deny",
					"ip_rules":       []any{"203.0.113.0/24"},
					"virtual_network_rules": []any{
						obj{"subnet_id": "/subnets/a"},
						obj{"subnet_id": "/subnets/b", "ignore_missing_vnet_service_endpoint": true},
					},
				}),
				"customer_managed_key": blk(obj{
					"key_vault_key_id":   "https://kv1.vault.azure.net/keys/cmk/0123",
					"identity_client_id": "client",
				}),
				"identity": blk(obj{"type": "SystemAssigned"}),
			},
			armType: "Microsoft.CognitiveServices/accounts",
			want: obj{
				"name": "oai", "location": "swedencentral", "kind": "OpenAI",
				"sku":      obj{"name": "S0"},
				"identity": obj{"type": "SystemAssigned"},
				"properties": obj{
					"customSubDomainName":           "oai-docs",
					"publicNetworkAccess":           "Enabled",
					"disableLocalAuth":              true,
					"restrictOutboundNetworkAccess": false,
					"networkAcls": obj{
						"defaultAction": "Deny",
						"ipRules":       []any{obj{"value": "203.0.113.0/24"}},
						"virtualNetworkRules": []any{
							obj{"id": "/subnets/a"},
							obj{"id": "/subnets/b", "ignoreMissingVnetServiceEndpoint": true},
						},
					},
					"encryption": obj{
						"keySource": "Microsoft.KeyVault",
						"keyVaultProperties": obj{
							"keyVaultUri": "https://kv1.vault.azure.net/", "keyName": "cmk", "keyVersion": "0123",
							"identityClientId": "client",
						},
					},
				},
			},
			names: map[string]string{
				"properties.disableLocalAuth": "local_auth_enabled",
				"properties.networkAcls.virtualNetworkRules[1].ignoreMissingVnetServiceEndpoint": "network_acls.virtual_network_rules[1].ignore_missing_vnet_service_endpoint",
			},
		},
		{
			name:    "AI services (v4) spell public access as a string",
			typ:     "azurerm_ai_services",
			in:      obj{"name": "ais", "public_network_access": "Disabled", "local_authentication_enabled": true},
			armType: "Microsoft.CognitiveServices/accounts",
			want: obj{
				"name": "ais", "kind": "AIServices",
				"properties": obj{
					"publicNetworkAccess": "Disabled", "disableLocalAuth": false, "restrictOutboundNetworkAccess": false,
				},
			},
			names: map[string]string{"properties.disableLocalAuth": "local_authentication_enabled"},
		},
		{
			name: "deployment without a RAI policy gets the service default",
			typ:  "azurerm_cognitive_deployment",
			in: obj{
				"name": "gpt", "cognitive_account_id": "acct-id",
				"model": blk(obj{"format": "OpenAI", "name": "gpt-4o", "version": "2024-08-06"}),
				"sku":   blk(obj{"name": "GlobalStandard", "capacity": int64(10)}),
			},
			armType: "Microsoft.CognitiveServices/accounts/deployments",
			want: obj{
				"name": "gpt",
				"sku":  obj{"name": "GlobalStandard", "capacity": int64(10)},
				"properties": obj{
					"model":                obj{"format": "OpenAI", "name": "gpt-4o", "version": "2024-08-06"},
					"raiPolicyName":        "Microsoft.DefaultV2",
					"versionUpgradeOption": "OnceNewDefaultVersionAvailable",
				},
			},
			meta: map[string]string{"parent": "acct-id"},
		},
		{
			name: "RAI policy content filters",
			typ:  "azurerm_cognitive_account_rai_policy",
			in: obj{
				"name": "strict", "base_policy_name": "Microsoft.Default",
				"content_filter": []any{
					obj{"name": "Hate", "filter_enabled": true, "block_enabled": false, "severity_threshold": "High", "source": "Prompt"},
					obj{"name": "Jailbreak", "filter_enabled": true, "block_enabled": true, "source": "Prompt"},
				},
			},
			armType: "Microsoft.CognitiveServices/accounts/raiPolicies",
			want: obj{
				"name": "strict",
				"properties": obj{
					"basePolicyName": "Microsoft.Default",
					"contentFilters": []any{
						obj{"name": "Hate", "enabled": true, "blocking": false, "severityThreshold": "High", "source": "Prompt"},
						obj{"name": "Jailbreak", "enabled": true, "blocking": true, "source": "Prompt"},
					},
				},
			},
		},
		{
			name:    "ML workspace defaults are the insecure ones",
			typ:     "azurerm_machine_learning_workspace",
			in:      obj{"name": "mlw", "managed_network": blk(obj{"isolation_mode": "AllowOnlyApprovedOutbound"})},
			armType: "Microsoft.MachineLearningServices/workspaces",
			want: obj{
				"name": "mlw", "kind": "Default",
				"properties": obj{
					"publicNetworkAccess":      "Enabled",
					"hbiWorkspace":             false,
					"systemDatastoresAuthMode": "accessKey",
					"managedNetwork":           obj{"isolationMode": "AllowOnlyApprovedOutbound"},
				},
			},
		},
		{
			name:    "AI Foundry hub with CMK",
			typ:     "azurerm_ai_foundry",
			in:      obj{"name": "hub", "encryption": blk(obj{"key_vault_id": "kv", "key_id": "https://kv/keys/k/1"})},
			armType: "Microsoft.MachineLearningServices/workspaces",
			want: obj{
				"name": "hub", "kind": "Hub",
				"properties": obj{
					"publicNetworkAccess": "Enabled",
					"hbiWorkspace":        false,
					"managedNetwork":      obj{"isolationMode": "Disabled"},
					"encryption": obj{
						"status":             "Enabled",
						"keyVaultProperties": obj{"keyVaultArmId": "kv", "keyIdentifier": "https://kv/keys/k/1"},
					},
				},
			},
		},
		{
			name:    "compute instance with an ssh block has public SSH",
			typ:     "azurerm_machine_learning_compute_instance",
			in:      obj{"name": "ci", "machine_learning_workspace_id": "ws", "ssh": blk(obj{"public_key": "ssh-rsa AAA"})},
			armType: "Microsoft.MachineLearningServices/workspaces/computes",
			want: obj{
				"name": "ci",
				"properties": obj{
					"computeType":      "ComputeInstance",
					"disableLocalAuth": false,
					"properties": obj{
						"enableNodePublicIp": true,
						"sshSettings":        obj{"sshPublicAccess": "Enabled", "adminPublicKey": "ssh-rsa AAA"},
					},
				},
			},
			meta: map[string]string{"parent": "ws"},
		},
		{
			name:    "compute cluster in a subnet",
			typ:     "azurerm_machine_learning_compute_cluster",
			in:      obj{"name": "cc", "local_auth_enabled": false, "node_public_ip_enabled": false, "subnet_resource_id": "/subnets/ml"},
			armType: "Microsoft.MachineLearningServices/workspaces/computes",
			want: obj{
				"name": "cc",
				"properties": obj{
					"computeType":      "AmlCompute",
					"disableLocalAuth": true,
					"properties": obj{
						"enableNodePublicIp":          false,
						"remoteLoginPortPublicAccess": "Disabled",
						"subnet":                      obj{"id": "/subnets/ml"},
					},
				},
			},
		},
		{
			name:    "AI Search in lower-case enums",
			typ:     "azurerm_search_service",
			in:      obj{"name": "srch", "sku": "standard", "public_network_access_enabled": false, "allowed_ips": []any{"0.0.0.0/0"}},
			armType: "Microsoft.Search/searchServices",
			want: obj{
				"name": "srch", "sku": obj{"name": "standard"},
				"properties": obj{
					"publicNetworkAccess": "disabled",
					"disableLocalAuth":    false,
					"networkRuleSet":      obj{"ipRules": []any{obj{"value": "0.0.0.0/0"}}},
					"encryptionWithCmk":   obj{"enforcement": "Unspecified"},
				},
			},
		},
		{
			name: "Key Vault with an inline access policy and v3 RBAC spelling",
			typ:  "azurerm_key_vault",
			in: obj{
				"name": "kv", "tenant_id": "t", "sku_name": "standard",
				"enable_rbac_authorization": true,
				"network_acls":              blk(obj{"default_action": "Allow", "bypass": "AzureServices"}),
				"access_policy":             []any{obj{"tenant_id": "t", "object_id": "o", "secret_permissions": []any{"Get"}}},
			},
			armType: "Microsoft.KeyVault/vaults",
			want: obj{
				"name": "kv",
				"properties": obj{
					"tenantId":                     "t",
					"sku":                          obj{"name": "standard", "family": "A"},
					"enablePurgeProtection":        false,
					"enableSoftDelete":             true,
					"softDeleteRetentionInDays":    int64(90),
					"enableRbacAuthorization":      true,
					"publicNetworkAccess":          "Enabled",
					"enabledForDeployment":         false,
					"enabledForDiskEncryption":     false,
					"enabledForTemplateDeployment": false,
					"networkAcls":                  obj{"defaultAction": "Allow", "bypass": "AzureServices"},
					"accessPolicies": []any{
						obj{"tenantId": "t", "objectId": "o", "permissions": obj{"secrets": []any{"Get"}}},
					},
				},
			},
			names: map[string]string{"properties.enableRbacAuthorization": "enable_rbac_authorization"},
		},
		{
			name:    "Key Vault key expiry in Unix seconds",
			typ:     "azurerm_key_vault_key",
			in:      obj{"name": "k", "key_vault_id": "kv", "key_type": "RSA", "expiration_date": "2030-01-01T00:00:00Z"},
			armType: "Microsoft.KeyVault/vaults/keys",
			want:    obj{"name": "k", "properties": obj{"kty": "RSA", "attributes": obj{"exp": int64(1893456000)}}},
		},
		{
			name:    "Key Vault secret without expiry",
			typ:     "azurerm_key_vault_secret",
			in:      obj{"name": "s", "key_vault_id": "kv", "content_type": "text/plain"},
			armType: "Microsoft.KeyVault/vaults/secrets",
			want:    obj{"name": "s", "properties": obj{"contentType": "text/plain"}},
		},
		{
			name: "Cosmos DB in v3 spellings",
			typ:  "azurerm_cosmosdb_account",
			in: obj{
				"name": "cos", "offer_type": "Standard",
				"local_authentication_disabled": true,
				"ip_range_filter":               "10.0.0.0/8, 192.168.0.1",
			},
			armType: "Microsoft.DocumentDB/databaseAccounts",
			want: obj{
				"name": "cos", "kind": "GlobalDocumentDB",
				"properties": obj{
					"databaseAccountOfferType":           "Standard",
					"disableLocalAuth":                   true,
					"publicNetworkAccess":                "Enabled",
					"ipRules":                            []any{obj{"ipAddressOrRange": "10.0.0.0/8"}, obj{"ipAddressOrRange": "192.168.0.1"}},
					"isVirtualNetworkFilterEnabled":      false,
					"disableKeyBasedMetadataWriteAccess": false,
					"networkAclBypass":                   "None",
					"minimalTlsVersion":                  "Tls12",
				},
			},
			names: map[string]string{"properties.disableLocalAuth": "local_authentication_disabled"},
		},
		{
			name: "SQL server with an Entra admin but SQL auth on",
			typ:  "azurerm_mssql_server",
			in: obj{
				"name": "sql", "version": "12.0",
				"azuread_administrator": blk(obj{"login_username": "admins", "object_id": "oid"}),
			},
			armType: "Microsoft.Sql/servers",
			want: obj{
				"name": "sql",
				"properties": obj{
					"version":                       "12.0",
					"publicNetworkAccess":           "Enabled",
					"minimalTlsVersion":             "1.2",
					"restrictOutboundNetworkAccess": "Disabled",
					"administrators":                obj{"login": "admins", "sid": "oid", "azureADOnlyAuthentication": false},
				},
			},
		},
		{
			name:    "SQL server without an Entra admin has no administrators",
			typ:     "azurerm_mssql_server",
			in:      obj{"name": "sql"},
			armType: "Microsoft.Sql/servers",
			want: obj{
				"name": "sql",
				"properties": obj{
					"publicNetworkAccess": "Enabled", "minimalTlsVersion": "1.2", "restrictOutboundNetworkAccess": "Disabled",
				},
			},
		},
		{
			name:    "SQL firewall rule open to the internet",
			typ:     "azurerm_mssql_firewall_rule",
			in:      obj{"name": "all", "server_id": "srv", "start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"},
			armType: "Microsoft.Sql/servers/firewallRules",
			want:    obj{"name": "all", "properties": obj{"startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"}},
			meta:    map[string]string{"parent": "srv"},
		},
		{
			name:    "SQL auditing policy is enabled unless said otherwise",
			typ:     "azurerm_mssql_server_extended_auditing_policy",
			in:      obj{"server_id": "srv", "retention_in_days": int64(90)},
			armType: "Microsoft.Sql/servers/auditingSettings",
			want: obj{
				"name":       "default",
				"properties": obj{"state": "Enabled", "retentionDays": int64(90), "isAzureMonitorTargetEnabled": true},
			},
		},
		{
			name: "Container Registry firewall default action applies inside the block",
			typ:  "azurerm_container_registry",
			in: obj{
				"name": "acr", "sku": "Premium", "admin_enabled": true,
				"network_rule_set": blk(obj{"ip_rule": []any{obj{"action": "Allow", "ip_range": "1.2.3.4/32"}}}),
			},
			armType: "Microsoft.ContainerRegistry/registries",
			want: obj{
				"name": "acr", "sku": obj{"name": "Premium"},
				"properties": obj{
					"adminUserEnabled":         true,
					"anonymousPullEnabled":     false,
					"publicNetworkAccess":      "Enabled",
					"networkRuleBypassOptions": "AzureServices",
					"networkRuleSet": obj{
						"defaultAction": "Allow",
						"ipRules":       []any{obj{"action": "Allow", "value": "1.2.3.4/32"}},
					},
				},
			},
		},
		{
			name:    "AKS cluster on azurerm v4",
			typ:     "azurerm_kubernetes_cluster",
			version: "4.20.0",
			in: obj{
				"name": "aks", "dns_prefix": "aks",
				"default_node_pool": blk(obj{"name": "system", "vm_size": "Standard_D4s_v5", "node_count": int64(3)}),
				"azure_active_directory_role_based_access_control": blk(obj{"azure_rbac_enabled": true}),
				"api_server_access_profile":                        blk(obj{"authorized_ip_ranges": []any{"203.0.113.0/24"}}),
				"microsoft_defender":                               blk(obj{"log_analytics_workspace_id": "law"}),
				"network_profile":                                  blk(obj{"network_plugin": "azure", "network_policy": "calico"}),
			},
			armType: "Microsoft.ContainerService/managedClusters",
			want: obj{
				"name": "aks",
				"sku":  obj{"tier": "Free"},
				"properties": obj{
					"dnsPrefix":            "aks",
					"enableRBAC":           true,
					"aadProfile":           obj{"managed": true, "enableAzureRBAC": true},
					"disableLocalAccounts": false,
					"apiServerAccessProfile": obj{
						"enablePrivateCluster": false,
						"authorizedIPRanges":   []any{"203.0.113.0/24"},
						"disableRunCommand":    false,
					},
					"networkProfile": obj{"networkPlugin": "azure", "networkPolicy": "calico", "networkDataplane": "azure"},
					"addonProfiles":  obj{"azurepolicy": obj{"enabled": false}},
					"securityProfile": obj{
						"defender":         obj{"securityMonitoring": obj{"enabled": true}, "logAnalyticsWorkspaceResourceId": "law"},
						"workloadIdentity": obj{"enabled": false},
					},
					"oidcIssuerProfile": obj{"enabled": true},
					"agentPoolProfiles": []any{obj{
						"name": "system", "mode": "System", "vmSize": "Standard_D4s_v5", "count": int64(3), "enableNodePublicIP": false,
					}},
				},
			},
			names: map[string]string{
				"properties.agentPoolProfiles[0].enableNodePublicIP":             "default_node_pool.node_public_ip_enabled",
				"properties.securityProfile.defender.securityMonitoring.enabled": "microsoft_defender",
			},
			meta: map[string]string{"default_basis": "azurerm 4.20.0: oidc_issuer_enabled defaults to true (from 4.0.0)"},
		},
		{
			name:    "AKS node pool with public IPs (v3 spelling)",
			typ:     "azurerm_kubernetes_cluster_node_pool",
			in:      obj{"name": "gpu", "kubernetes_cluster_id": "aks", "vm_size": "Standard_NC6", "enable_node_public_ip": true},
			armType: "Microsoft.ContainerService/managedClusters/agentPools",
			want: obj{
				"name": "gpu",
				"properties": obj{
					"mode": "User", "osType": "Linux", "vmSize": "Standard_NC6", "enableNodePublicIP": true,
				},
			},
		},
		{
			name: "Linux web app without https_only",
			typ:  "azurerm_linux_web_app",
			in: obj{
				"name": "app", "service_plan_id": "plan",
				"site_config": blk(obj{
					"minimum_tls_version": "1.1",
					"ip_restriction":      []any{obj{"name": "office", "action": "Allow", "ip_address": "203.0.113.7/32", "priority": int64(100)}},
				}),
			},
			armType: "Microsoft.Web/sites",
			want: obj{
				"name": "app", "kind": "app,linux",
				"properties": obj{
					"httpsOnly":           false,
					"publicNetworkAccess": "Enabled",
					"serverFarmId":        "plan",
					"siteConfig": obj{
						"minTlsVersion":          "1.1",
						"scmMinTlsVersion":       "1.2",
						"ftpsState":              "Disabled",
						"remoteDebuggingEnabled": false,
						"ipSecurityRestrictions": []any{obj{"name": "office", "action": "Allow", "ipAddress": "203.0.113.7/32", "priority": int64(100)}},
					},
				},
			},
			names: map[string]string{"properties.siteConfig.minTlsVersion": "site_config.minimum_tls_version"},
		},
		{
			name:    "legacy function app",
			typ:     "azurerm_function_app",
			in:      obj{"name": "fn", "https_only": true, "site_config": blk(obj{"ftps_state": "AllAllowed"})},
			armType: "Microsoft.Web/sites",
			want: obj{
				"name": "fn", "kind": "functionapp",
				"properties": obj{
					"httpsOnly":           true,
					"publicNetworkAccess": "Enabled",
					"siteConfig":          obj{"ftpsState": "AllAllowed", "minTlsVersion": "1.2", "remoteDebuggingEnabled": false},
				},
			},
		},
		{
			name:    "web app slot names its app",
			typ:     "azurerm_windows_web_app_slot",
			in:      obj{"name": "staging", "app_service_id": "app-id", "https_only": true},
			armType: "Microsoft.Web/sites/slots",
			want: obj{
				"name": "staging", "kind": "app",
				"properties": obj{
					"httpsOnly": true, "publicNetworkAccess": "Enabled",
					"siteConfig": obj{"minTlsVersion": "1.2", "scmMinTlsVersion": "1.2", "ftpsState": "Disabled", "remoteDebuggingEnabled": false},
				},
			},
			meta: map[string]string{"parent": "app-id"},
		},
		{
			name: "NSG with inline rules",
			typ:  "azurerm_network_security_group",
			in: obj{
				"name": "nsg",
				"security_rule": []any{
					obj{"name": "ssh", "priority": int64(100), "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
						"source_port_range": "*", "destination_port_range": "22", "source_address_prefix": "*", "destination_address_prefix": "*"},
					obj{"name": "web", "priority": int64(110), "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
						"destination_port_ranges": []any{"80", "443"}, "source_address_prefixes": []any{"10.0.0.0/8"}},
				},
			},
			armType: "Microsoft.Network/networkSecurityGroups",
			want: obj{
				"name": "nsg",
				"properties": obj{"securityRules": []any{
					obj{"name": "ssh", "properties": obj{"priority": int64(100), "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
						"sourcePortRange": "*", "destinationPortRange": "22", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}},
					obj{"name": "web", "properties": obj{"priority": int64(110), "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
						"destinationPortRanges": []any{"80", "443"}, "sourceAddressPrefixes": []any{"10.0.0.0/8"}}},
				}},
			},
			names: map[string]string{"properties.securityRules[0].properties.sourceAddressPrefix": "security_rule[0].source_address_prefix"},
		},
		{
			name: "separate NSG rule",
			typ:  "azurerm_network_security_rule",
			in: obj{"name": "rdp", "network_security_group_name": "nsg", "priority": int64(100), "direction": "Inbound",
				"access": "Allow", "protocol": "*", "destination_port_range": "3389", "source_address_prefix": "Internet"},
			armType: "Microsoft.Network/networkSecurityGroups/securityRules",
			want: obj{"name": "rdp", "properties": obj{"priority": int64(100), "direction": "Inbound", "access": "Allow",
				"protocol": "*", "destinationPortRange": "3389", "sourceAddressPrefix": "Internet"}},
			meta: map[string]string{"parent": "nsg"},
		},
		{
			name: "NIC with a public IP",
			typ:  "azurerm_network_interface",
			in: obj{"name": "nic", "ip_configuration": []any{obj{"name": "ip1", "subnet_id": "/subnets/a",
				"private_ip_address_allocation": "Dynamic", "public_ip_address_id": "/publicIPAddresses/pip"}}},
			armType: "Microsoft.Network/networkInterfaces",
			want: obj{"name": "nic", "properties": obj{
				"enableIPForwarding": false,
				"ipConfigurations": []any{obj{"name": "ip1", "properties": obj{
					"subnet": obj{"id": "/subnets/a"}, "privateIPAllocationMethod": "Dynamic", "publicIPAddress": obj{"id": "/publicIPAddresses/pip"},
				}}},
			}},
		},
		{
			name: "private endpoint to an account",
			typ:  "azurerm_private_endpoint",
			in: obj{"name": "pe", "subnet_id": "/subnets/pe", "private_service_connection": blk(obj{
				"name": "psc", "private_connection_resource_id": "acct-id", "subresource_names": []any{"account"}, "is_manual_connection": false})},
			armType: "Microsoft.Network/privateEndpoints",
			want: obj{"name": "pe", "properties": obj{
				"subnet": obj{"id": "/subnets/pe"},
				"privateLinkServiceConnections": []any{obj{"name": "psc", "properties": obj{
					"privateLinkServiceId": "acct-id", "groupIds": []any{"account"},
				}}},
			}},
			names: map[string]string{
				"properties.privateLinkServiceConnections[0].properties.groupIds": "private_service_connection.subresource_names",
			},
		},
		{
			name: "diagnostic setting with enabled_log blocks",
			typ:  "azurerm_monitor_diagnostic_setting",
			in: obj{"name": "diag", "target_resource_id": "acct-id", "log_analytics_workspace_id": "law",
				"enabled_log": []any{obj{"category_group": "audit"}, obj{"category": "RequestResponse"}}},
			armType: "Microsoft.Insights/diagnosticSettings",
			want: obj{"name": "diag", "scope": "acct-id", "properties": obj{
				"workspaceId": "law",
				"logs":        []any{obj{"categoryGroup": "audit", "enabled": true}, obj{"category": "RequestResponse", "enabled": true}},
			}},
		},
		{
			name:    "diagnostic setting with v3 log blocks",
			typ:     "azurerm_monitor_diagnostic_setting",
			in:      obj{"name": "diag", "log": []any{obj{"category": "AuditEvent", "enabled": false}}},
			armType: "Microsoft.Insights/diagnosticSettings",
			want:    obj{"name": "diag", "properties": obj{"logs": []any{obj{"category": "AuditEvent", "enabled": false}}}},
		},
		{
			name:    "Defender plan",
			typ:     "azurerm_security_center_subscription_pricing",
			in:      obj{"resource_type": "AI", "tier": "Free"},
			armType: "Microsoft.Security/pricings",
			want:    obj{"name": "AI", "properties": obj{"pricingTier": "Free"}},
		},
		{
			name:    "Defender plan without resource_type covers virtual machines",
			typ:     "azurerm_security_center_subscription_pricing",
			in:      obj{"tier": "Standard"},
			armType: "Microsoft.Security/pricings",
			want:    obj{"name": "VirtualMachines", "properties": obj{"pricingTier": "Standard"}},
		},
		{
			name:    "storage container access level",
			typ:     "azurerm_storage_container",
			in:      obj{"name": "data", "storage_account_id": "st-id", "container_access_type": "blob"},
			armType: "Microsoft.Storage/storageAccounts/blobServices/containers",
			want:    obj{"name": "data", "properties": obj{"publicAccess": "Blob"}},
			meta:    map[string]string{"parent": "st-id"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			in := tfRes(tc.typ, tc.in, nil)
			if tc.version != "" {
				in.Meta = map[string]string{"provider_version": tc.version}
			}
			out, ok := Convert(in)
			require.True(t, ok)
			assert.Equal(t, tc.armType, out.Type)
			assert.Equal(t, parser.Azure, out.Provider)
			assert.Equal(t, tc.want, out.Properties)
			for k, v := range tc.names {
				assert.Equal(t, v, out.Names[k], "name of %s", k)
			}
			for k, v := range tc.meta {
				assert.Equal(t, v, out.Meta[k], "meta %s", k)
			}
		})
	}
}
