variable "web_acl_arn" {}

resource "aws_cloudfront_distribution" "chat" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/chat/abc"

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }
}

resource "aws_cloudfront_distribution" "unknown" {
  enabled    = true
  web_acl_id = var.web_acl_arn

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }
}
