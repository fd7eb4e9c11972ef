from pathlib import Path

import numpy as np
import librosa

clips = sorted(Path("esc50/audio").glob("*.wav"))
specs, targets = [], []
for clip in clips:
    audio, sr = librosa.load(clip, sr=22050, duration=5.0)
    mel = librosa.power_to_db(librosa.feature.melspectrogram(y=audio, sr=sr, n_mels=64))
    mel = (mel - mel.mean()) / (mel.std() + 1e-6)
    specs.append(mel[:, :216])
    targets.append(int(clip.stem.split("-")[-1]))
np.savez_compressed("esc50_mels.npz", x=np.stack(specs).astype(np.float32), y=np.array(targets))
