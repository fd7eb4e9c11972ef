import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import QuantileTransformer
from sklearn.linear_model import LogisticRegression

eeg = pd.read_csv("eeg_epochs.csv")
chan = [c for c in eeg.columns if c.startswith("ch")]
splitter = GroupShuffleSplit(test_size=0.2, n_splits=1, random_state=11)
(tr, te), = splitter.split(eeg, eeg["seizure"], eeg["patient"])
train, test = eeg.iloc[tr], eeg.iloc[te]

qt = QuantileTransformer(n_quantiles=200, output_distribution="normal").fit(train[chan])
clf = LogisticRegression(max_iter=3000).fit(qt.transform(train[chan]), train["seizure"])
print("held-out patients:", clf.score(qt.transform(test[chan]), test["seizure"]))
