import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

eeg = pd.read_csv("eeg_eye_state.csv")
channels = [c for c in eeg.columns if c != "eyeDetection"]
for ch in channels:
    eeg[ch] = eeg[ch].fillna(eeg[ch].rolling(15, center=True, min_periods=1).median())
cv = StratifiedKFold(5, shuffle=True, random_state=0)
print(cross_val_score(LogisticRegression(max_iter=1000), eeg[channels], eeg["eyeDetection"], cv=cv).mean())
