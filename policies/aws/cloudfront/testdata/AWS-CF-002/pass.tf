resource "aws_cloudfront_distribution" "chat" {
  enabled = true
  aliases = ["chat.example.com"]

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# The default certificate cannot choose a minimum version.
resource "aws_cloudfront_distribution" "default_cert" {
  enabled = true

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
