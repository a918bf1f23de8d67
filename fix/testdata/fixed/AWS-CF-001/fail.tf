resource "aws_cloudfront_distribution" "chat" {
  enabled = true

  origin {
    domain_name = "chat.example.com"
    origin_id   = "chat"
  }

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https" # want: AWS-CF-001 col 30
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https" # want: AWS-CF-001 col 30
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
