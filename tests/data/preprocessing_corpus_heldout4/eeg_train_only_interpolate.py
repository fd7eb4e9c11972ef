import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

eeg = pd.read_csv("eeg_eye_state.csv")
channels = [c for c in eeg.columns if c != "eyeDetection"]
train, test = train_test_split(eeg, test_size=0.3, random_state=17, shuffle=True)
train = train.sort_index()
train[channels] = train[channels].interpolate()
test = test.dropna(subset=channels)

lda = LinearDiscriminantAnalysis().fit(train[channels], train["eyeDetection"])
print("accuracy on complete test rows:", lda.score(test[channels], test["eyeDetection"]))
