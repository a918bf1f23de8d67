variable "allow_keys" {
  description = "Whether callers may use API keys."
  type        = bool
  default     = true
}
