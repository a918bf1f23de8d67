variable "prefix" {
  type        = string
  description = "Short name used in every resource name."
}

variable "location" {
  type    = string
  default = "swedencentral"
}

variable "public_access" {
  type        = bool
  description = "Whether the model endpoint accepts traffic from public networks."
  default     = true
}

variable "tenant_id" {
  type        = string
  description = "Entra ID tenant of the key vault."
}
