import numpy as np
import torch

x = torch.from_numpy(np.load("audio_mfcc.npy")).float()
torch.save({"mean": x.mean(dim=0), "std": x.std(dim=0)}, "mfcc_norm.pt")
