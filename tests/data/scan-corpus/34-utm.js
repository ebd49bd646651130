const UTM = "utm_source=withfriends&utm_campaign=why"

export default UTM
