package posture.lib.kubernetes_service_test

import data.posture.lib.kubernetes as k8s

test_image_repository_drops_tag_and_digest if {
	k8s.image_repository("ghcr.io/huggingface/text-generation-inference:2.4") == "ghcr.io/huggingface/text-generation-inference"
	k8s.image_repository("localhost:5000/VLLM/server@sha256:abc") == "localhost:5000/vllm/server"
	k8s.image_repository("nginx") == "nginx"
}

test_model_server_by_image_or_gpu if {
	k8s.model_server({"image": "vllm/vllm-openai:v0.6.3"})
	k8s.model_server({"image": "registry.example.com/embedder:1", "resources": {"limits": {"nvidia.com/gpu": 1}}})
	not k8s.model_server({"image": "nginx:1.27"})

	# The tag is not read: a web image tagged after a model is not a server.
	not k8s.model_server({"image": "nginx:vllm-frontend"})
}

test_service_selects if {
	k8s.service_selects({"app": "vllm"}, {"app": "vllm", "tier": "model"})
	not k8s.service_selects({"app": "vllm", "tier": "web"}, {"app": "vllm", "tier": "model"})
	not k8s.service_selects({}, {"app": "vllm"})
}
