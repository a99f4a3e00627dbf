"""PyTorch twins of GenLab's benchmark workloads (`genlab bench WORKLOAD`): the same models,
data, batch sizes, optimizers and algorithms, printing the same name=value pairs.

Usage: [OPENBLAS_NUM_THREADS=B] /usr/bin/python3 bench/torch_bench.py WORKLOAD [--threads N]
--threads sets torch's intra-op threads, OPENBLAS_NUM_THREADS those of the BLAS that Debian's torch
calls for its products; bench/run.sh tries three settings per workload and uses the fastest.
"""
import argparse
import gzip
import math
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

WARMUP = 20


def mnist(split):
    root = os.path.join(os.environ.get("GENLAB_DATA", "../shared/data"), "mnist")
    name = {"train": "train-images-idx3-ubyte.gz", "test": "t10k-images-idx3-ubyte.gz"}[split]
    with gzip.open(os.path.join(root, name), "rb") as f:
        raw = f.read()
    n = int.from_bytes(raw[4:8], "big")
    return torch.from_numpy(np.frombuffer(raw, np.uint8, offset=16).reshape(n, 784).astype(np.float32) / 255.0)


def batches(data, size, generator):
    order = torch.randperm(data.shape[0], generator=generator)
    for start in range(0, data.shape[0], size):
        yield data[order[start:start + size]]


class Vae(nn.Module):
    """784-400-(20+20) encoder, 20-400-784 decoder (logits), ReLU: GenLab's reference VAE."""

    def __init__(self):
        super().__init__()
        self.enc1, self.enc2 = nn.Linear(784, 400), nn.Linear(400, 40)
        self.dec1, self.dec2 = nn.Linear(20, 400), nn.Linear(400, 784)

    def decode(self, z):
        return self.dec2(F.relu(self.dec1(z)))

    def loss(self, x):
        mu, logvar = self.enc2(F.relu(self.enc1(x))).chunk(2, dim=1)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        recon = F.binary_cross_entropy_with_logits(self.decode(z), x, reduction="sum")
        kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
        return recon + kl


def vae():
    train, test = mnist("train"), mnist("test")
    model = Vae()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    g = torch.Generator().manual_seed(2)

    def step(x):
        opt.zero_grad()
        loss = model.loss(x)
        loss.backward()
        opt.step()
        return loss.item()

    for i, x in enumerate(batches(train, 128, g)):
        if i == WARMUP:
            break
        step(x)
    start = time.perf_counter()
    for x in batches(train, 128, g):
        step(x)
    epoch = time.perf_counter() - start
    start = time.perf_counter()
    with torch.no_grad():
        for x in batches(test, 128, g):
            model.loss(x).item()
    print(f"vae_epoch_s={epoch:.3f} vae_test_eval_s={time.perf_counter() - start:.3f} "
          f"vae_parameters={parameters(model)}")


def parameters(*models):
    """The trained values, which GenLab prints too: report.py refuses twins whose models differ."""
    return sum(p.numel() for m in models for p in m.parameters() if p.requires_grad)


def leaky(x):
    return F.leaky_relu(x, 0.2)


class ConvD(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.c1 = nn.Conv2d(1, 8 * k, 4, 2, 1)
        self.c2 = nn.Conv2d(8 * k, 16 * k, 4, 2, 1)
        self.out = nn.Linear(16 * k * 49, 1)

    def forward(self, x):
        h = leaky(self.c2(leaky(self.c1(x.view(-1, 1, 28, 28)))))
        return self.out(h.flatten(1))


class ConvG(nn.Module):
    def __init__(self, k, z_dim=64):
        super().__init__()
        self.k = k
        self.fc = nn.Linear(z_dim, 16 * k * 49)
        self.bn0 = nn.BatchNorm1d(16 * k * 49)
        self.c1 = nn.Conv2d(16 * k, 8 * k, 3, 1, 1)
        self.bn1 = nn.BatchNorm2d(8 * k)
        self.c2 = nn.Conv2d(8 * k, 1, 3, 1, 1)

    def forward(self, z):
        h = leaky(self.bn0(self.fc(z))).view(-1, 16 * self.k, 7, 7)
        h = leaky(self.bn1(self.c1(F.interpolate(h, scale_factor=2, mode="nearest"))))
        return torch.tanh(self.c2(F.interpolate(h, scale_factor=2, mode="nearest"))).view(-1, 784)


def convgan(channels):
    train = mnist("train") * 2 - 1
    d, g = ConvD(channels), ConvG(channels)
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    gen = torch.Generator().manual_seed(2)

    def step(x):
        n = x.shape[0]
        opt_d.zero_grad()
        fake = g(torch.rand(n, 64) * 2 - 1).detach()
        loss_d = F.softplus(-d(x)).mean() + F.softplus(d(fake)).mean()
        loss_d.backward()
        opt_d.step()
        opt_g.zero_grad()
        loss_g = F.softplus(-d(g(torch.rand(n, 64) * 2 - 1))).mean()
        loss_g.backward()
        opt_g.step()
        return loss_d.item(), loss_g.item()

    it = batches(train, 256, gen)
    for _ in range(WARMUP):
        step(next(it))
    start = time.perf_counter()
    for _ in range(100):
        step(next(it))
    print(f"convgan_100_iterations_s={time.perf_counter() - start:.3f} convgan_parameters={parameters(d, g)}")


def ring8(n, rng):
    angles = 2 * math.pi * rng.integers(0, 8, n) / 8
    return np.stack([2 * np.cos(angles), 2 * np.sin(angles)], 1) + 0.02 * rng.standard_normal((n, 2))


class Mlp(nn.Module):
    """d -> h -> h -> 1 with LeakyReLU(0.2): GenLab's MlpDualDiscriminator."""

    def __init__(self, d, h):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(d, h), nn.Linear(h, h), nn.Linear(h, 1)])

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = leaky(layer(x))
        return self.layers[-1](x).reshape(-1)

    @torch.no_grad()
    def linearized(self, a):
        """Scores f(a) and the Gram matrix of the per-point gradients in w (the empirical NTK), in closed form:
        sum over layers of (delta_i . delta_j)(h_i . h_j + 1), as MlpDualDiscriminator.linearize."""
        inputs, pre = [], []
        h = a
        for l, layer in enumerate(self.layers):
            inputs.append(h)
            pre.append(layer(h))
            h = leaky(pre[-1]) if l + 1 < len(self.layers) else pre[-1]
        delta, gram = torch.ones_like(h), 0
        for l in reversed(range(len(self.layers))):
            gram = gram + (delta @ delta.T) * (inputs[l] @ inputs[l].T + 1)
            if l > 0:
                delta = (delta @ self.layers[l].weight) * torch.where(pre[l - 1] > 0, 1.0, 0.2)
        return h.reshape(-1), gram


def newton_dual(K, offsets, data_count, c, tolerance, max_steps=60):
    """GenLab's GramLogisticDual.solve, vectorized: Newton on the primal in the span of the points,
    P(u) = sum softplus(y z) + C/2 u.Ku with z = o + K u, one Cholesky per step, Armijo backtracking,
    stopped at a duality gap of `tolerance` nats. Starts from the KKT multipliers of the offsets
    (the current scores), as the Dualing GAN does. Returns beta = C u."""
    m = K.shape[0]
    y = torch.ones(m, dtype=K.dtype)
    y[data_count:] = -1
    shift = (1 - y) / 2  # beta = lambda + shift: 0 for data, 1 for generated

    def primal(u):
        ku = K @ u
        return c / 2 * (u @ ku) + F.softplus(y * (offsets + ku)).sum()

    def gap(u):
        p = torch.sigmoid(offsets + K @ u)  # -lambda, the KKT multipliers of the scores
        beta = shift - p
        entropy = -(p * torch.log(p) + (1 - p) * torch.log1p(-p)).sum()
        return primal(u) - (entropy - beta @ offsets - beta @ (K @ beta) / (2 * c))

    u = (shift - torch.sigmoid(offsets)) / c
    for _ in range(max_steps):
        if gap(u) <= tolerance:
            break
        z = offsets + K @ u
        r = y * torch.sigmoid(y * z) + c * u
        p = torch.sigmoid(z)
        root = torch.sqrt(p * (1 - p))
        kr = K @ r
        chol = torch.linalg.cholesky(root[:, None] * K * root[None, :] + c * torch.eye(m, dtype=K.dtype))
        delta = (r - root * torch.cholesky_solve((root * kr)[:, None], chol)[:, 0]) / c
        slope, before, t = kr @ delta, primal(u), 1.0
        for _ in range(60):
            step = u - t * delta
            if primal(step) <= before - 1e-4 * t * slope:
                break
            t /= 2
        u = step
    return c * u


def dualgan(iterations):
    """GenLab's default ring8 Dualing GAN (`genlab bench dualgan`): MLP generator 64-128-128-2, the MLP
    discriminator 2-128-128-1 linearized each step and its dual solved by Newton to 1e-4 nats per point,
    C = 1e4, batch 256, Adam 1e-3 (0.5, 0.999), minimax generator weights beta_z."""
    torch.manual_seed(2)
    rng = np.random.default_rng(2)
    g = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 2))
    d = Mlp(2, 128)
    opt = torch.optim.Adam(g.parameters(), lr=1e-3, betas=(0.5, 0.999))
    c, n = 1e4, 256

    def step():
        x = torch.from_numpy(ring8(n, rng).astype(np.float32))
        z = torch.rand(n, 64) * 2 - 1
        with torch.no_grad():
            points = torch.cat([x, g(z)])
        scores, gram = d.linearized(points)
        beta = newton_dual(gram.double(), scores.double(), n, c, 1e-4 * 2 * n).float()
        # w <- w_k + sum_i beta_i grad_w f(a_i) / C
        d.zero_grad()
        (d(points) * beta).sum().backward()
        with torch.no_grad():
            for w in d.parameters():
                w += w.grad / c
        opt.zero_grad()
        (d(g(z)) * beta[n:]).sum().backward()
        opt.step()

    for _ in range(WARMUP):
        step()
    start = time.perf_counter()
    for _ in range(iterations):
        step()
    per_1000 = (time.perf_counter() - start) * 1000 / iterations
    print(f"dualgan_1000_iterations_s={per_1000:.3f} dualgan_parameters={parameters(g)}")


def sample():
    model = Vae()
    with torch.no_grad():
        for _ in range(5):
            torch.sigmoid(model.decode(torch.randn(1000, 20))).numpy()
        start = time.perf_counter()
        for _ in range(50):
            torch.sigmoid(model.decode(torch.randn(1000, 20))).numpy()
        rate = 50 * 1000 / (time.perf_counter() - start)
        torch.sigmoid(model.decode(torch.randn(10_000, 20))).numpy()
        start = time.perf_counter()
        for _ in range(5):
            torch.sigmoid(model.decode(torch.randn(10_000, 20))).numpy()
    print(f"sample_images_per_s={rate:.0f} sample_10000_images_per_s={5 * 10_000 / (time.perf_counter() - start):.0f}")


def iwae(k=5000, images=1000, chunk_rows=20_000):
    """GenLab's ImportanceWeightedBound with `genlab eval`'s chunking: K samples per image in chunks
    of at most chunk_rows decoder rows (here 4 images x 5,000 samples), a log-sum-exp per chunk."""
    x_all = mnist("test")[:images]
    model = Vae()
    samples = min(k, chunk_rows)
    per_chunk = max(1, min(images, chunk_rows // samples))
    start = time.perf_counter()
    with torch.no_grad():
        for first in range(0, images, per_chunk):
            x = x_all[first:first + per_chunk]
            mu, logvar = model.enc2(F.relu(model.enc1(x))).chunk(2, dim=1)
            parts = []
            for done in range(0, k, samples):
                s = min(samples, k - done)
                eps = torch.randn(s, x.shape[0], mu.shape[1])
                z = mu + torch.exp(0.5 * logvar) * eps
                logits = model.decode(z.reshape(-1, mu.shape[1])).reshape(s, x.shape[0], -1)
                # x broadcast over the samples (a view, no copy), as GenLab's likelihood does
                log_pxz = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(2)
                # log p(z) - log q(z|x): the 2 pi terms cancel
                log_ratio = -0.5 * z.square().sum(2) + 0.5 * eps.square().sum(2) + 0.5 * logvar.sum(1)
                parts.append(torch.logsumexp(log_pxz + log_ratio, 0))
            (torch.logsumexp(torch.stack(parts), 0) - math.log(k)).tolist()
    print(f"iwae_k5000_1000_images_s={(time.perf_counter() - start) * 1000 / images:.3f}")


def matmul():
    x, w, g = torch.rand(128, 784), torch.rand(784, 400) * 0.1 - 0.05, torch.rand(128, 400) * 2 - 1
    for _ in range(20):
        x @ w, x.T @ g, g @ w.T
    start = time.perf_counter()
    for _ in range(300):
        x @ w, x.T @ g, g @ w.T
    print(f"matmul_gflops={3 * 2 * 128 * 784 * 400 * 300 / (time.perf_counter() - start) / 1e9:.2f}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("workload", choices=["vae", "convgan", "dualgan", "sample", "iwae", "matmul", "info"])
    p.add_argument("--threads", type=int, default=os.cpu_count())
    # GenLab's default conv pair (GanConfig, --channels 2): discriminator 16-32, generator 32-16 channels
    p.add_argument("--channels", type=int, default=2)
    p.add_argument("--iterations", type=int, default=1000)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.set_num_interop_threads(1)
    if a.workload == "info":
        torch.rand(64, 64) @ torch.rand(64, 64)
        with open("/proc/self/maps") as maps:
            blas = sorted({os.path.realpath(line.split()[-1]) for line in maps if "blas" in line.lower()})
        print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, BLAS loaded: {', '.join(blas)}")
    else:
        {"vae": vae, "convgan": lambda: convgan(a.channels), "dualgan": lambda: dualgan(a.iterations),
         "sample": sample, "iwae": lambda: iwae(images=a.iterations), "matmul": matmul}[a.workload]()
